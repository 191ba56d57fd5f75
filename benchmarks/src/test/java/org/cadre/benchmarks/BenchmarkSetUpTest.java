package org.cadre.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cadre.benchmarks.peers.LadderRules;
import org.cadre.evaluation.Verdict;
import org.cadre.model.Framework;
import org.junit.jupiter.api.Test;

/** The benchmarks that the other tests do not cover set up and give sensible answers (no timing here). */
class BenchmarkSetUpTest {

    @Test
    void theColdStartCelRuleIsTheTranslationOfNyeBevansEntryRule() {
        Framework framework = SyntheticCohort.framework();
        LadderRules ladder = LadderRules.of(framework, SyntheticCohort.AS_OF);
        int nyeBevan = List.copyOf(ladder.rules().keySet()).indexOf("nhs.nye-bevan#entry");
        assertThat(ladder.cel().get(nyeBevan)).isEqualTo(ColdStartBenchmark.NYE_BEVAN_CEL);
    }

    @Test
    void theColdStartPathsReachAVerdict() throws Exception {
        ColdStartBenchmark coldStart = new ColdStartBenchmark();
        assertThat(coldStart.cadre()).isIn((Object[]) Verdict.values());
        // The sample person: 7 of 9 strong (one unassessed), purpose and team level, 30 months, band 8d.
        assertThat(coldStart.cel()).isEqualTo((long) LadderRules.MET);
    }

    @Test
    void thePlanBenchmarkChecksAValidPlanThatCoversItsGap() {
        PlanBenchmark plans = new PlanBenchmark();
        plans.setUp();
        assertThat(plans.check()).isEmpty();
        assertThat(plans.coverage()).isEmpty();
        assertThat(plans.loadAndCheck().report().isValid()).isTrue();
    }

    @Test
    void thePersonBenchmarkAgreesWithItsHandWrittenBaseline() {
        PersonBenchmark person = new PersonBenchmark();
        person.setUp(); // throws when the hand-written ladder disagrees with Cadre on any of the pool
        assertThat(person.cadreLadder()).isBetween(0, 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 - 1); // eight answers, base 3
        assertThat(person.cadreProgression().programmes()).hasSize(7);
    }

    @Test
    void theEscoSizedFrameworkHasTheSizeOfEsco() {
        Framework esco = EscoSized.framework();
        assertThat(esco.competencies()).hasSize(EscoSized.COMPETENCIES);
        assertThat(esco.rules()).hasSize(EscoSized.RULES);
        assertThat(esco.programmes()).allMatch(programme -> programme.entry().isPresent());
    }
}
