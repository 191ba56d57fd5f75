package org.cadre.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.cadre.benchmarks.RulesBenchmark;
import org.cadre.benchmarks.SyntheticCohort;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.evaluation.PersonState;
import org.cadre.evaluation.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The comparison of RulesBenchmark is of equal work: on every person of the benchmark's pool, every engine
 * gives Cadre's answer to every one of the eight ladder rules. Easy Rules can only say "fired" or "not
 * fired", so there NOT_MET and UNKNOWN both count as "not fired"; every other engine must give the exact
 * three-valued answer.
 */
class LadderEquivalenceTest {

    private static CompiledFramework compiled;
    private static List<PersonState> pool;
    private static LadderRules ladder;
    private static Ladders.Cadre cadre;
    private static List<Map<String, Object>> inputs;

    @BeforeAll
    static void prepare() {
        compiled = SyntheticCohort.compiled();
        pool = RulesBenchmark.pool(compiled, RulesBenchmark.POOL);
        ladder = LadderRules.of(compiled.framework(), SyntheticCohort.AS_OF);
        cadre = new Ladders.Cadre(compiled, pool);
        inputs = Ladders.peerInputs(compiled.framework(), pool);
    }

    @Test
    void theLadderHasEightRulesCoveringEveryKindTheIssueNames() {
        assertThat(ladder.rules()).hasSize(Ladders.RULES);
        String all = String.join("\n", ladder.cel());
        assertThat(all).contains(".filter(x, x >= 2)", "lv[0] - lv[5]", "in done", "'monthsInRole' in num",
                "str['band'] in", "ev.filter(e,");
    }

    @Test
    void everyRuleGivesEveryAnswerToSomeoneInThePool() {
        for (int r = 0; r < Ladders.RULES; r++) {
            Map<Verdict, Integer> seen = new EnumMap<>(Verdict.class);
            for (int p = 0; p < pool.size(); p++) {
                int answer = LadderByHand.answer(cadre.ladder(p), r);
                seen.merge(answer == 0 ? Verdict.MET : answer == 1 ? Verdict.UNKNOWN : Verdict.NOT_MET, 1,
                        Integer::sum);
            }
            // The evidence counts are two-valued (evidence that is not recorded is not there).
            int expected = r >= 6 ? 2 : 3;
            assertThat(seen).as("rule " + r + " " + seen).hasSizeGreaterThanOrEqualTo(expected);
        }
    }

    @Test
    void explainedVerdictsEqualFastVerdicts() {
        for (int p = 0; p < pool.size(); p++) {
            assertThat(cadre.explained(p)).as("person " + p).isEqualTo(cadre.ladder(p));
        }
    }

    @Test
    void handWrittenJavaAgreesOnEveryRuleForEveryPerson() {
        LadderByHand byHand = new LadderByHand(compiled.framework(), pool);
        assertAgrees("hand-written", byHand::ladder, false);
    }

    @Test
    void celStandardRuntimeAgreesOnEveryRuleForEveryPerson() {
        Ladders.Cel cel = new Ladders.Cel(ladder, inputs, false);
        assertAgrees("CEL", cel::ladder, false);
    }

    @Test
    void celPlannerRuntimeAgreesOnEveryRuleForEveryPerson() {
        Ladders.Cel cel = new Ladders.Cel(ladder, inputs, true);
        assertAgrees("CEL planner", cel::ladder, false);
    }

    @Test
    void compiledMvelAgreesOnEveryRuleForEveryPerson() {
        Ladders.Mvel mvel = new Ladders.Mvel(ladder, inputs);
        assertAgrees("MVEL", mvel::ladder, false);
    }

    @Test
    void easyRulesWithMvelFiresExactlyTheMetRulesForEveryPerson() {
        Ladders.EasyRules easy = new Ladders.EasyRules(ladder, inputs);
        assertAgrees("Easy Rules", easy::ladder, true);
    }

    @Test
    void jsonLogicAgreesOnEveryRuleForEveryPerson() {
        Ladders.JsonLogicLadder logic = new Ladders.JsonLogicLadder(ladder, inputs);
        assertAgrees("JsonLogic", logic::ladder, false);
    }

    private static void assertAgrees(String engine, IntUnaryOperator peer, boolean metOnly) {
        // The engines' compiled rules are read-only and each person has their own input, so the pool is
        // evaluated on every core (JsonLogic alone takes seconds); the answers are compared in order.
        int[] answers = IntStream.range(0, pool.size()).parallel().map(peer).toArray();
        int checked = 0;
        for (int p = 0; p < pool.size(); p++) {
            int expected = cadre.ladder(p);
            int found = answers[p];
            for (int r = 0; r < Ladders.RULES; r++) {
                int want = LadderByHand.answer(expected, r);
                if (metOnly && want == LadderRules.UNKNOWN) {
                    want = LadderRules.NOT_MET;
                }
                assertThat(LadderByHand.answer(found, r))
                        .as(engine + ", " + pool.get(p).person().id() + ", rule " + ladder.rules().keySet().toArray()[r])
                        .isEqualTo(want);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(pool.size() * Ladders.RULES);
    }
}
