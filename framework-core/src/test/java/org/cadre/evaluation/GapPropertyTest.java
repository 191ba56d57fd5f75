package org.cadre.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadre.evaluation.TestFramework.AS_OF;

import java.util.List;
import org.cadre.model.Rule;
import org.cadre.person.Person;
import org.cadre.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * Properties of gap analysis over random rules and records: the changes it proposes, applied to the record,
 * make the rule MET; a MET rule needs no change; changes come smallest first; a rule built only from forms
 * that development can satisfy always gets changes.
 */
class GapPropertyTest {

    private static final int TRIES = 300;

    @Test
    void theProposedChangesAppliedToTheRecordMakeTheRuleMet() {
        CompiledFramework compiled = TestFramework.compiled();
        Property.forAll("the gap's changes close the gap", RuleGenerators.cases(1, 1, false), TRIES, value -> {
            Rule rule = value.rules().get(0);
            CompiledRule compiledRule = compiled.compile(rule);
            Person person = value.person().toPerson();
            Verdict before = compiledRule.verdict(compiled.state(person, AS_OF));

            Gap gap = compiled.gap(person, compiledRule, "rule", AS_OF);

            assertThat(gap.verdict()).isEqualTo(before);
            if (before == Verdict.MET) {
                assertThat(gap.changes()).contains(List.of());
                assertThat(gap.requirements()).isEmpty();
                return;
            }
            assertThat(gap.requirements()).as("unmet requirements of a rule that is not met").isNotEmpty();
            gap.changes().ifPresent(changes -> {
                assertThat(changes).as("changes for a rule that is not met").isNotEmpty().isSorted();
                Person after = compiled.apply(person, changes, AS_OF);
                assertThat(compiledRule.verdict(compiled.state(after, AS_OF))).as("after %s", changes)
                        .isEqualTo(Verdict.MET);
            });
        });
    }

    @Test
    void aRuleOfLevelsProgrammesAndEvidenceAlwaysGetsChanges() {
        CompiledFramework compiled = TestFramework.compiled();
        Property.forAll("development can always meet levels, programmes and evidence",
                RuleGenerators.cases(1, 1, true), TRIES, value -> {
                    Rule rule = value.rules().get(0);
                    if (mentionsFacts(rule)) {
                        return; // a string fact (a band) is not something development changes
                    }
                    Gap gap = compiled.gap(value.person().toPerson(), compiled.compile(rule), "rule", AS_OF);

                    assertThat(gap.changes()).as("changes for %s", rule).isPresent();
                });
    }

    private static boolean mentionsFacts(Rule rule) {
        if (rule instanceof Rule.NumberFact || rule instanceof Rule.StringFact) {
            return true;
        }
        if (rule instanceof Rule.Ref ref) {
            return mentionsFacts(TestFramework.shared().rules().get(ref.name()));
        }
        return RuleGenerators.children(rule).stream().anyMatch(GapPropertyTest::mentionsFacts);
    }
}
