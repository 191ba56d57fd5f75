package org.cadre.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadre.evaluation.TestFramework.AS_OF;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.model.CompetencySet;
import org.cadre.model.FactDefinition;
import org.cadre.model.Framework;
import org.cadre.model.Rule;
import org.cadre.person.Evidence;
import org.cadre.person.Person;
import org.cadre.testing.Property;
import org.cadre.testing.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The fast path compares string facts and evidence kinds by the ids a compiled framework gives the values
 * its rules name, and number facts first by their nearest {@code double}. These properties hold it to the
 * plain comparisons: a rule compiled with its framework (values interned) and the same rule compiled later
 * (values unknown to the tables, so strings are compared) give the same verdicts, for records whose values
 * are partly outside every table; and number comparisons are exact where doubles cannot tell numbers apart.
 */
class InternedValuesPropertyTest {

    private static final int TRIES = 400;

    @Test
    void aRuleCompiledWithItsFrameworkGivesTheVerdictsOfTheSameRuleCompiledAfterwards() {
        // The reference: the band declared without its values and no evidence rule, so that a rule compiled
        // afterwards has no value ids and compares strings.
        List<FactDefinition> plainFacts = TestFramework.framework().facts().stream()
                .map(fact -> fact.name().equals("band") ? FactDefinition.string("band") : fact).toList();
        CompiledFramework later = CompiledFramework.compile(
                TestFramework.framework().toBuilder().facts(plainFacts).build());
        Property.forAll("interned and plain comparisons agree", RuleGenerators.cases(1, 1, false), TRIES, value -> {
            Rule rule = value.rules().get(0);
            Map<String, Rule> rules = new LinkedHashMap<>(TestFramework.framework().rules());
            // Rules naming every value, before the probe, so that the tables hold values other than the probe's
            // with smaller ids.
            rules.put("every-group", new Rule.StringFact("staffGroup", List.of("other", "ahp", "medical", "nursing")));
            rules.put("every-kind", new Rule.EvidenceCount(CompetencySet.of("team"), 1,
                    List.of("reflective-log", "360-feedback", "project"), List.of(), Optional.empty()));
            rules.put("probe", rule);
            Framework framework = TestFramework.framework().toBuilder().rules(rules).build();
            CompiledFramework with = CompiledFramework.compile(framework);
            Person person = withStrangeValues(value.person().toPerson(), new RandomSource(value.seed()));

            PersonState internedState = with.state(person, AS_OF);
            PersonState plainState = later.state(person, AS_OF);
            Verdict interned = with.rule("probe").orElseThrow().verdict(internedState);
            CompiledRule plain = later.compile(rule);
            assertThat(interned).as("verdict with the values interned").isEqualTo(plain.verdict(plainState));
            assertThat(interned).as("explained verdict").isEqualTo(plain.explain(plainState).verdict());
            // Every part of the rule too: its values are in the tables, so compiled on its own it uses them.
            for (Rule part : parts(rule, new ArrayList<>())) {
                assertThat(with.compile(part).verdict(internedState)).as("verdict of %s", part)
                        .isEqualTo(later.compile(part).verdict(plainState));
            }
        });
    }

    /** The rule and every rule inside it. */
    private static List<Rule> parts(Rule rule, List<Rule> into) {
        into.add(rule);
        if (rule instanceof Rule.All all) {
            all.rules().forEach(child -> parts(child, into));
        } else if (rule instanceof Rule.Any any) {
            any.rules().forEach(child -> parts(child, into));
        } else if (rule instanceof Rule.AtLeastOf atLeastOf) {
            atLeastOf.rules().forEach(child -> parts(child, into));
        } else if (rule instanceof Rule.Not not) {
            parts(not.rule(), into);
        }
        return into;
    }

    /**
     * The record with, at random, its evidence kinds and string facts replaced by values that no rule names
     * (and, for the band, by a value the framework does not declare).
     */
    private static Person withStrangeValues(Person person, RandomSource random) {
        Person.Builder builder = Person.builder(person.id());
        person.ratings().forEach(builder::rating);
        person.programmes().forEach(builder::programme);
        person.numbers().forEach(builder::number);
        for (Evidence item : person.evidence()) {
            String kind = random.chance(0.3) ? random.pick(List.of("mentoring", "Project", "project ")) : item.kind();
            builder.evidence(new Evidence(item.competency(), kind, item.source(), item.date(), item.reference()));
        }
        person.strings().forEach((name, found) -> builder.string(name,
                random.chance(0.3) ? random.pick(List.of("9", "estates", "8A", "")) : found));
        if (random.chance(0.2)) {
            builder.string("staffGroup", "estates");
        }
        return builder.build();
    }

    @Test
    void evidenceOfAKindAnotherRuleNamesDoesNotCountForARuleThatDoesNotNameIt() {
        Map<String, Rule> rules = new LinkedHashMap<>(TestFramework.framework().rules());
        rules.put("every-kind", new Rule.EvidenceCount(CompetencySet.of("team"), 1,
                List.of("reflective-log", "360-feedback", "project"), List.of(), Optional.empty()));
        rules.put("projects", new Rule.EvidenceCount(CompetencySet.of("team"), 1, List.of("project"), List.of(),
                Optional.empty()));
        CompiledFramework compiled = CompiledFramework.compile(TestFramework.framework().toBuilder().rules(rules).build());
        Person logged = Person.builder("p").evidence(new Evidence("team", "reflective-log", Optional.empty(),
                AS_OF.minusDays(1), Optional.empty())).build();
        Person projected = Person.builder("p").evidence(new Evidence("team", "project", Optional.empty(),
                AS_OF.minusDays(1), Optional.empty())).build();
        CompiledRule projects = compiled.rule("projects").orElseThrow();
        assertThat(projects.verdict(compiled.state(logged, AS_OF))).isEqualTo(Verdict.NOT_MET);
        assertThat(projects.verdict(compiled.state(projected, AS_OF))).isEqualTo(Verdict.MET);
        assertThat(compiled.rule("every-kind").orElseThrow().verdict(compiled.state(logged, AS_OF)))
                .isEqualTo(Verdict.MET);
    }

    @Test
    void numberFactsCompareExactlyWhereTheirNearestDoublesAreEqual() {
        // Pairs that round to the same double, or to infinity, or differ only far past double's precision.
        List<BigDecimal> numbers = new ArrayList<>();
        for (String text : List.of("24", "24.000", "24.0000000000000000001", "23.99999999999999999999", "0", "-0.0",
                "0.1", "0.1000000000000000055511151231257827021181583404541015625", "0.10000000000000000555",
                "9007199254740992", "9007199254740993", "1E+400", "2E+400", "-1E+400", "1E-400", "-1E-400")) {
            numbers.add(new BigDecimal(text));
        }
        CompiledFramework compiled = TestFramework.compiled();
        int checked = 0;
        for (BigDecimal threshold : numbers) {
            for (Rule.Comparison comparison : Rule.Comparison.values()) {
                CompiledRule rule = compiled.compile(new Rule.NumberFact("monthsInRole", comparison, threshold));
                for (BigDecimal found : numbers) {
                    PersonState state = compiled.state(Person.builder("p").number("monthsInRole", found).build(), AS_OF);
                    assertThat(rule.verdict(state)).as("%s %s %s", found, comparison, threshold)
                            .isEqualTo(Verdict.of(comparison.holds(found.compareTo(threshold))));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(16 * 16 * 5);
    }
}
