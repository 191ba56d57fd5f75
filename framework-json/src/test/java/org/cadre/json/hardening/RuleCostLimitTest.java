package org.cadre.json.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.StringJoiner;
import org.cadre.check.RuleChecker;
import org.cadre.json.DocumentLoader;
import org.cadre.json.Limits;
import org.cadre.json.LoadResult;
import org.cadre.model.Framework;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.junit.jupiter.api.Test;

/** The rule cost limit of {@link Limits}: a framework whose rules cost too much is refused when it loads. */
class RuleCostLimitTest {

    /**
     * A framework with named rules {@code link0} … {@code link<n>}, each "all of (the next; the next)", the
     * last a level rule: link0 costs 2^(n+2) - 3 (see docs/limits.md for how the cost is counted).
     */
    static String chain(int n) {
        StringJoiner rules = new StringJoiner(",\n", "{\n", "\n  }");
        for (int i = 0; i < n; i++) {
            rules.add(String.format("    \"link%d\": {\"all\": [{\"rule\": \"link%d\"}, {\"rule\": \"link%d\"}]}", i,
                    i + 1, i + 1));
        }
        rules.add("    \"link" + n + "\": {\"level\": {\"competency\": \"people.huddle\", \"atLeast\": \"good\"}}");
        return """
                {
                  "kind": "framework",
                  "formatVersion": "1.0",
                  "id": "ward",
                  "version": "1.0.0",
                  "title": "Ward leadership",
                  "scales": [
                    {"id": "three", "title": "Three levels", "levels": [
                      {"id": "basic", "label": "Basic", "rank": 1},
                      {"id": "good", "label": "Good", "rank": 2}]}
                  ],
                  "competencies": [
                    {"id": "people", "title": "Leading people", "kind": "domain"},
                    {"id": "people.huddle", "title": "Running the huddle", "parent": "people", "scale": "three"}
                  ],
                  "rules": %s
                }
                """.formatted(rules);
    }

    @Test
    void theDefaultLimitIsTheCoreCeiling() {
        assertThat(Limits.defaults().maxRuleCost()).isEqualTo(RuleChecker.MAX_COST).isEqualTo(1_000_000);
        assertThat(Limits.DEFAULT_MAX_RULE_COST).isEqualTo(1_000_000);
    }

    @Test
    void withTheDefaultLimitACheapChainLoadsAndACostlyOneIsRefusedWithItsCost() {
        DocumentLoader loader = DocumentLoader.create();
        assertThat(loader.loadFramework(chain(10), "cheap.json").isValid()).isTrue();

        // link0 of 18 links costs 2^20 - 3 = 1,048,573; link1 costs 524,285.
        LoadResult<Framework> costly = loader.loadFramework(chain(18), "costly.json");

        assertThat(costly.isValid()).isFalse();
        assertThat(costly.report().errors()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(Codes.RULE_TOO_COSTLY);
            assertThat(issue.pointer()).isEqualTo("/rules/link0");
            assertThat(issue.line()).isEqualTo(17);
            assertThat(issue.message()).contains("would cost 1,048,573 steps").contains("the limit of 1,000,000");
        });
    }

    @Test
    void aLoweredLimitRefusesWhatTheDefaultAccepts() {
        DocumentLoader loader = DocumentLoader.create(Limits.defaults().withMaxRuleCost(2_000));

        // link0 of 10 links costs 4,093 and link1 2,045: both over 2,000; link2 costs 1,021.
        LoadResult<Framework> result = loader.loadFramework(chain(10), "lowered.json");

        assertThat(result.isValid()).isFalse();
        assertThat(result.report().errors()).extracting(Issue::pointer).containsExactly("/rules/link0",
                "/rules/link1");
        assertThat(result.report().errors()).extracting(Issue::message).satisfiesExactly(
                first -> assertThat(first).contains("would cost 4,093 steps").contains("the limit of 2,000"),
                second -> assertThat(second).contains("would cost 2,045 steps").contains("the limit of 2,000"));
        assertThat(result.report().errors()).allSatisfy(issue -> assertThat(issue.line()).isPositive());
    }

    @Test
    void aLoweredLimitAppliesToFrameworksBuiltInJavaAndToValidation() {
        DocumentLoader lenient = DocumentLoader.create();
        DocumentLoader strict = DocumentLoader.create(Limits.defaults().withMaxRuleCost(4_092));
        Framework framework = lenient.loadFramework(chain(10), "chain.json").orThrow();

        assertThat(lenient.check(framework).isValid()).isTrue();
        assertThat(strict.check(framework).errors()).extracting(Issue::code).containsExactly(Codes.RULE_TOO_COSTLY);
        assertThat(strict.validate(chain(10).getBytes(java.nio.charset.StandardCharsets.UTF_8), "chain.json")
                .errors()).extracting(Issue::pointer).containsExactly("/rules/link0");
    }

    @Test
    void theLimitMustBePositiveAndAtMostTheCoreCeiling() {
        assertThat(Limits.defaults().withMaxRuleCost(1).maxRuleCost()).isEqualTo(1);
        assertThat(Limits.defaults().withMaxRuleCost(1_000_000)).isSameAs(Limits.defaults());
        assertThat(Limits.defaults().withMaxRuleCost(5)).isEqualTo(Limits.defaults().withMaxRuleCost(5))
                .isNotEqualTo(Limits.defaults()).hasToString(Limits.defaults().withMaxRuleCost(5).toString());
        assertThat(Limits.defaults().withMaxRuleCost(5).toString()).contains("maxRuleCost=5");
        assertThatThrownBy(() -> Limits.defaults().withMaxRuleCost(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxRuleCost must be positive, got 0");
        assertThatThrownBy(() -> Limits.defaults().withMaxRuleCost(1_000_001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 1000000, got 1000001");
        assertThat(Limits.defaults().withMaxDepth(10).withMaxRuleCost(7).withMaxIssues(3).maxRuleCost())
                .as("other settings keep the rule cost").isEqualTo(7);
    }
}
