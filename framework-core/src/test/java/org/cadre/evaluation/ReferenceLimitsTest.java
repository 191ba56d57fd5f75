package org.cadre.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadre.evaluation.TestFramework.AS_OF;
import static org.cadre.evaluation.TestFramework.RATED;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.cadre.model.Framework;
import org.cadre.model.RaterSource;
import org.cadre.model.Rule;
import org.cadre.person.Person;
import org.cadre.person.Rating;
import org.cadre.report.InvalidDocumentException;
import org.junit.jupiter.api.Test;

/**
 * Named rules that refer to named rules: evaluation must stay bounded by the size of the framework (DESIGN:
 * "evaluation always terminates, with a cost bounded by the size of the rule"; "bad input never ... hangs,
 * never exhausts memory"; docs/limits.md: no StackOverflowError), however the references are arranged.
 */
class ReferenceLimitsTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);
    private static final Rule TEAM_STRONG = new Rule.Level("team", Rule.Comparison.AT_LEAST, "strong");
    private static final Person STRONG = Person.builder("p")
            .rating(new Rating("team", "strong", RaterSource.MANAGER, Optional.of("m"), RATED)).build();

    /** The test framework with named rules {@code link0} … {@code link<n>} made by {@code link}. */
    private static Framework withLinks(int n, IntFunction<Rule> link) {
        Framework framework = TestFramework.framework();
        Map<String, Rule> rules = new LinkedHashMap<>(framework.rules());
        for (int i = 0; i < n; i++) {
            rules.put("link" + i, link.apply(i));
        }
        rules.put("link" + n, TEAM_STRONG);
        return framework.toBuilder().rules(rules).build();
    }

    /**
     * Compiles the framework and judges {@code link0}: the framework may be refused with a report, but if it
     * compiles, the verdict and the explanation must be right.
     */
    private static void refusedOrJudged(Framework framework, Verdict expected) {
        CompiledFramework compiled;
        try {
            compiled = CompiledFramework.compile(framework);
        } catch (InvalidDocumentException refused) {
            return;
        }
        CompiledRule rule = compiled.rule("link0").orElseThrow();
        PersonState state = compiled.state(STRONG, AS_OF);
        assertThat(rule.verdict(state)).isEqualTo(expected);
        assertThat(rule.explain(state).verdict()).isEqualTo(expected);
        assertThat(rule.cost()).isPositive();
    }

    @Test
    void aChainOfNamedRulesIsJudgedThroughEveryLink() {
        // 48 links of "not (rule …)" are 97 deep counting the references, inside the limit of 100.
        Framework framework = withLinks(48, i -> new Rule.Not(new Rule.Ref("link" + (i + 1))));
        CompiledFramework compiled = CompiledFramework.compile(framework);
        PersonState state = compiled.state(STRONG, AS_OF);

        Explanation explanation = compiled.rule("link0").orElseThrow().explain(state);

        assertThat(explanation.verdict()).as("forty-eight nots").isEqualTo(Verdict.MET);
        Explanation deepest = explanation;
        int refs = 0;
        while (!deepest.children().isEmpty()) {
            if (deepest.sentence().startsWith("the named rule")) {
                refs++;
            }
            deepest = deepest.children().get(0);
        }
        assertThat(refs).isEqualTo(48);
        assertThat(deepest.pointer()).isEqualTo("/rules/link48");
        assertThat(deepest.sentence()).isEqualTo("Engaging the team is strong; at least strong is required");
    }

    @Test
    void aChainDeeperThanTheLimitCountingReferencesIsRefusedWithItsDepth() {
        Framework framework = withLinks(60, i -> new Rule.Not(new Rule.Ref("link" + (i + 1))));

        assertThatThrownBy(() -> CompiledFramework.compile(framework)).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("rule.too-deep at /rules/link0")
                .hasMessageContaining("nested 121 deep");
    }

    /** Each link is "all of (rule next; rule next)": cost(i) = 3 + 2 cost(i + 1), so link0 costs 2^42 - 3. */
    @Test
    void namedRulesThatMultiplyTheirCostAreRefusedWithTheComputedCost() {
        Framework framework = withLinks(40, i -> new Rule.All(List.of(new Rule.Ref("link" + (i + 1)),
                new Rule.Ref("link" + (i + 1)))));

        assertThatThrownBy(() -> CompiledFramework.compile(framework)).isInstanceOf(InvalidDocumentException.class)
                .satisfies(e -> assertThat(((InvalidDocumentException) e).report().issues())
                        .anySatisfy(issue -> {
                            assertThat(issue.code()).isEqualTo(org.cadre.report.Codes.RULE_TOO_COSTLY);
                            assertThat(issue.pointer()).isEqualTo("/rules/link0");
                            assertThat(issue.message()).contains("would cost 4,398,046,511,101 steps")
                                    .contains("more than the limit of 1,000,000");
                        }));
    }

    @Test
    void aNamedRuleUsedTwiceIsJudgedTheSameBothTimes() {
        Framework framework = withLinks(1, i -> new Rule.All(List.of(new Rule.Ref("link1"), new Rule.Ref("link1"))));
        CompiledFramework compiled = CompiledFramework.compile(framework);
        CompiledRule rule = compiled.rule("link0").orElseThrow();
        PersonState state = compiled.state(STRONG, AS_OF);

        assertThat(rule.verdict(state)).isEqualTo(Verdict.MET);
        assertThat(rule.explain(state).children()).extracting(Explanation::verdict)
                .containsExactly(Verdict.MET, Verdict.MET);
    }

    /**
     * Forty named rules, each "all of (the next; the next)": a framework of a few kilobytes whose rule
     * {@code link0} expands to 2^40 levels. Each reference is evaluated afresh where it is used (RefNode calls
     * its target), and {@code cost()} adds the target's cost at every use, so both take about 2^40 steps.
     */
    @Test
    void namedRulesThatReferTwiceToTheNextAreRefusedOrJudgedQuickly() {
        Framework framework = withLinks(40, i -> new Rule.All(List.of(new Rule.Ref("link" + (i + 1)),
                new Rule.Ref("link" + (i + 1)))));

        assertTimeoutPreemptively(QUICKLY, () -> refusedOrJudged(framework, Verdict.MET));
    }

    /**
     * Twenty thousand named rules, each "not (the next)" (a JSON document of well under a megabyte, inside every
     * loader limit). Compiling recurses once per link (compileNamed, with a linear path.contains each time) and
     * overflows the stack from about 10,000 links; evaluation recurses through every link too (a Ref and a Not
     * frame each), and {@code explain} overflows from about 5,000 links even where compiling succeeds. The depth
     * limit of a single rule does not bound the depth through references.
     */
    @Test
    void aLongChainOfNamedRulesIsRefusedOrJudgedWithoutOverflowingTheStack() {
        Framework framework = withLinks(20_000, i -> new Rule.Not(new Rule.Ref("link" + (i + 1))));

        assertTimeoutPreemptively(QUICKLY, () -> refusedOrJudged(framework, Verdict.MET));
    }
}
