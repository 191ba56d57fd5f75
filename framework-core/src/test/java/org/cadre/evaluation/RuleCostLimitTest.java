package org.cadre.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadre.check.FrameworkChecker;
import org.cadre.check.RuleChecker;
import org.cadre.model.Framework;
import org.cadre.model.Rule;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.junit.jupiter.api.Test;

/**
 * A host may lower the most a rule may cost ({@link RuleChecker#check(Framework, long)}); the cost the
 * checker computes is the cost the compiled rule reports.
 */
class RuleCostLimitTest {

    /**
     * The test framework with named rules {@code link0} … {@code link10}, each "all of (the next; the next)"
     * and the last a level rule: cost(10) = 1, cost(i) = 3 + 2 cost(i + 1), so link0 costs 2^12 - 3 = 4,093.
     */
    private static Framework chain() {
        Framework framework = TestFramework.framework();
        Map<String, Rule> rules = new LinkedHashMap<>(framework.rules());
        for (int i = 0; i < 10; i++) {
            Rule next = new Rule.Ref("link" + (i + 1));
            rules.put("link" + i, new Rule.All(List.of(next, next)));
        }
        rules.put("link10", new Rule.Level("team", Rule.Comparison.AT_LEAST, "strong"));
        return framework.toBuilder().rules(rules).build();
    }

    @Test
    void theCheckersCostIsTheCostOfTheCompiledRule() {
        CompiledFramework compiled = CompiledFramework.compile(chain());

        assertThat(compiled.rule("link0").orElseThrow().cost()).isEqualTo(4_093);
        assertThat(compiled.rule("link1").orElseThrow().cost()).isEqualTo(2_045);
        assertThat(compiled.rule("link10").orElseThrow().cost()).isEqualTo(1);
    }

    @Test
    void underTheDefaultLimitTheChainIsFine() {
        assertThat(RuleChecker.check(chain())).isEmpty();
        assertThat(RuleChecker.check(chain(), RuleChecker.MAX_COST)).isEmpty();
    }

    @Test
    void aRuleThatCostsExactlyTheLimitIsAcceptedAndOneStepMoreIsRefusedWithItsCost() {
        assertThat(RuleChecker.check(chain(), 4_093)).isEmpty();

        List<Issue> issues = RuleChecker.check(chain(), 4_092);

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(Codes.RULE_TOO_COSTLY);
            assertThat(issue.isError()).isTrue();
            assertThat(issue.pointer()).isEqualTo("/rules/link0");
            assertThat(issue.message()).contains("would cost 4,093 steps").contains("more than the limit of 4,092");
        });
    }

    @Test
    void aLowerLimitRefusesEveryRuleAboveItAndNoOther() {
        List<Issue> issues = RuleChecker.check(chain(), 1_000);

        // link0 4,093, link1 2,045, link2 1,021 cost more than 1,000; link3 costs 509.
        assertThat(issues).extracting(Issue::pointer).containsExactlyInAnyOrder("/rules/link0", "/rules/link1",
                "/rules/link2");
        assertThat(issues).extracting(Issue::code).containsOnly(Codes.RULE_TOO_COSTLY);
    }

    @Test
    void theFrameworkCheckerPassesItsLimitToTheRuleChecker() {
        assertThat(FrameworkChecker.check(chain())).noneMatch(Issue::isError);
        assertThat(FrameworkChecker.check(chain(), 2_045)).filteredOn(Issue::isError)
                .extracting(Issue::pointer).containsExactly("/rules/link0");
    }

    @Test
    void aLimitOutsideOneToTheCeilingIsAProgrammingError() {
        assertThatThrownBy(() -> RuleChecker.check(chain(), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from 1 to 1,000,000, got 0");
        assertThatThrownBy(() -> RuleChecker.check(chain(), RuleChecker.MAX_COST + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 1,000,001");
        assertThatThrownBy(() -> FrameworkChecker.check(chain(), -5)).isInstanceOf(IllegalArgumentException.class);
    }
}
