package org.cadre.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadre.evaluation.TestFramework.AS_OF;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cadre.evaluation.RuleGenerators.Case;
import org.cadre.testing.Property;
import org.cadre.testing.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Compiled rules keep sentences that depend only on the rule and a few counts or values, and share them
 * between evaluations. An explanation must not depend on what was explained before it: for a rule explained
 * for several records in turn, each explanation equals the one a freshly compiled copy of the rule gives.
 */
class SharedSentencesPropertyTest {

    @Test
    void anExplanationIsTheSameWhateverWasExplainedBeforeIt() {
        Property.forAll("explanations do not depend on earlier ones", RuleGenerators.cases(1, 1, false), 150,
                (Case value) -> {
                    CompiledFramework compiled = TestFramework.compiled();
                    CompiledRule shared = compiled.compile(value.rules().get(0));
                    RandomSource random = new RandomSource(value.seed());
                    List<RuleGenerators.PersonSpec> people = new ArrayList<>();
                    people.add(value.person());
                    // Records rated on what the rule reads, so that counts, sums and values vary between them.
                    Set<String> focus = RuleGenerators.ratedMentions(value.rules().get(0), compiled.framework());
                    for (int i = 0; i < 24; i++) {
                        people.add(RuleGenerators.person(random, focus));
                    }
                    for (RuleGenerators.PersonSpec person : people) {
                        PersonState state = compiled.state(person.toPerson(), AS_OF);
                        Explanation fresh = compiled.compile(value.rules().get(0)).explain(state);
                        assertThat(shared.explain(state)).as("explanation after earlier ones").isEqualTo(fresh);
                    }
                });
    }
}
