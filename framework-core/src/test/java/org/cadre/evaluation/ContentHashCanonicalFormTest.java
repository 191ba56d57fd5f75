package org.cadre.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.model.ActivityType;
import org.cadre.model.Checkpoint;
import org.cadre.model.Competency;
import org.cadre.model.CompetencySet;
import org.cadre.model.CompetencyStatus;
import org.cadre.model.Extensions;
import org.cadre.model.FactDefinition;
import org.cadre.model.Framework;
import org.cadre.model.LearningCategory;
import org.cadre.model.Level;
import org.cadre.model.PlanPolicy;
import org.cadre.model.PlanStatus;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.model.ProgrammeDuration;
import org.cadre.model.RaterSource;
import org.cadre.model.RatingPolicy;
import org.cadre.model.Relation;
import org.cadre.model.Rule;
import org.cadre.model.SelectionKey;
import org.cadre.model.Source;
import org.cadre.model.Translation;
import org.cadre.testing.Generators;
import org.cadre.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * The content hash writes records field by field without reflection; it must give exactly the hash that
 * the earlier reflective form ({@link ReflectiveContentHash}, kept here as the reference) gave, since
 * hashes are recorded in evaluations. Every kind of record the model has appears in these frameworks.
 */
class ContentHashCanonicalFormTest {

    private static void sameAsReference(Framework framework) {
        assertThat(ContentHash.of(framework)).isEqualTo(ReflectiveContentHash.of(framework));
    }

    /** Every record type a framework holds, with texts in several scripts and one longer than a block. */
    private static Framework everyKindOfRecord() {
        Map<String, Translation> translations = new LinkedHashMap<>();
        translations.put("fr", new Translation(Optional.of("Été"), Optional.empty(), Map.of("b", List.of("Ça"))));
        translations.put("de", Translation.of("Führung", "Über"));
        ProficiencyScale scale = ProficiencyScale.builder("four", "Four").description("Ranks 😀")
                .level(new Level("a", "A", 1, Optional.of("first"), translations, Extensions.of(Map.of("x-l", "1"))))
                .level("b", "B", 2).level("c", "C", 3).translations(translations).build();
        Rule level = new Rule.Level("leaf", Rule.Comparison.AT_LEAST, "b");
        List<Rule> everyRule = List.of(level,
                new Rule.Count(new CompetencySet.Subtree("root"), Rule.Quantifier.AT_LEAST, 1, "b"),
                new Rule.LevelOfSet(new CompetencySet.Tagged("core"), Rule.Aggregate.values()[0], "b"),
                new Rule.Balance(new CompetencySet.Listed(List.of("leaf")), new CompetencySet.Subtree("root"), 1),
                new Rule.ProgrammeTaken("p", Rule.Taken.values()[0], Optional.empty()),
                new Rule.NumberFact("hours", Rule.Comparison.AT_LEAST, new BigDecimal("12.50")),
                new Rule.StringFact("band", List.of("7", "8a")),
                new Rule.EvidenceCount(new CompetencySet.Subtree("root"), 2, List.of("project"),
                        List.of(RaterSource.MANAGER), Optional.of(12)),
                new Rule.Ref("named"), new Rule.Not(level), new Rule.AtLeastOf(1, List.of(level, level)),
                new Rule.Any(List.of(level)));
        return Framework.builder("every", "1.2.3", "Every record").description("x".repeat(70_000)).license("MIT")
                .authors(List.of("Å", "B")).source(new Source(Optional.of("NHS"), Optional.empty(),
                        Optional.of("https://example.org"), Optional.of(2024), Extensions.of(Map.of("x-s", "true"))))
                .translations(translations).scale(scale)
                .competency(Competency.builder("root", "Root").scale("four").indicators(Map.of("a", List.of("I")))
                        .tags(List.of("core")).translations(translations).build())
                .competency(Competency.builder("leaf", "Leaf").parent("root").status(CompetencyStatus.values()[1])
                        .replacedBy("root").kind("skill").description("ü".repeat(40_000)).build())
                .programme(Programme.builder("p", "P").audience("All").duration(new ProgrammeDuration(6,
                        ProgrammeDuration.Unit.MONTHS)).targetProfile(Map.of("leaf", "b", "root", "a"))
                        .leadsTo(List.of("q")).entry(new Rule.All(everyRule)).completion(level).build())
                .programme(Programme.builder("q", "Q").build())
                .ratingPolicy(new RatingPolicy(Map.of(RaterSource.SELF, new RatingPolicy.SourcePolicy(1),
                        RaterSource.PEER, new RatingPolicy.SourcePolicy(2)), RatingPolicy.Aggregation.MEDIAN,
                        Optional.of(24)))
                .fact(FactDefinition.number("hours", "h")).fact(FactDefinition.string("band", "7", "8a"))
                .rules(Map.of("named", level, "other", new Rule.Ref("named")))
                .planPolicy(new PlanPolicy(Map.of(PlanStatus.AGREED, List.of("manager")), Optional.of(BigDecimal.TEN),
                        Optional.of(4), Optional.empty(), Map.of(LearningCategory.EXPERIENCE, 70,
                        LearningCategory.SOCIAL, 20, LearningCategory.FORMAL, 10), 5, Optional.of(6), true,
                        List.of(new ActivityType("shadowing", LearningCategory.SOCIAL))))
                .extensions(Extensions.of(Map.of("x-b", "2", "x-a", "[1]"))).build();
    }

    @Test
    void theTestFrameworkHashesAsTheReflectiveFormDid() {
        sameAsReference(TestFramework.framework());
    }

    @Test
    void everyKindOfRecordHashesAsTheReflectiveFormDid() {
        sameAsReference(everyKindOfRecord());
        sameAsReference(everyKindOfRecord().toBuilder().ratingPolicy(null).planPolicy(null).source(null).build());
    }

    @Test
    void mapsInKeyOrderAndOutOfItHashAsTheReflectiveFormDid() {
        // Maps whose keys are already in order are written as they stand, others through a sorted copy; both
        // must give the reflective form's bytes, whatever order the map was built in.
        List<String> keys = List.of("a", "B", "b", "ab", "a-1", "é", "z", "😀", "10", "9");
        Property.forAll("maps in any order hash as before", Generators.lists(Generators.choose(keys), 0, 8), chosen -> {
            Map<String, List<String>> indicators = new LinkedHashMap<>();
            Map<String, String> extensions = new LinkedHashMap<>();
            for (String key : chosen) {
                indicators.put(key, List.of("statement " + key));
                extensions.put("x-" + key, "1");
            }
            Framework base = TestFramework.framework();
            Competency first = base.competencies().get(0);
            Framework changed = base.toBuilder().competencies(base.competencies().stream().map(c -> c == first
                    ? first.toBuilder().indicators(indicators).extensions(Extensions.of(extensions)).build() : c)
                    .toList()).build();
            sameAsReference(changed);
        });
    }

    @Test
    void generatedRulesHashAsTheReflectiveFormDid() {
        Property.forAll("generated rules hash as before", Generators.lists(RuleGenerators.rules(), 0, 6), rules -> {
            Map<String, Rule> named = new LinkedHashMap<>();
            for (int i = 0; i < rules.size(); i++) {
                named.put("r" + i, rules.get(i));
            }
            sameAsReference(TestFramework.framework().toBuilder().rules(named).build());
        });
    }

    @Test
    void fieldsThatChangeOutcomesChangeTheHash() {
        Framework base = TestFramework.framework();
        Programme first = base.programmes().get(0);
        Competency rated = base.competency(TestFramework.RATED_COMPETENCIES.get(0)).orElseThrow();
        List<Framework> variants = List.of(base,
                replace(base, first.toBuilder().capacity(3).build()),
                replace(base, first.toBuilder().selection(List.of(
                        new SelectionKey.ByFact("hours", SelectionKey.Order.values()[0]))).build()),
                replace(base, first.toBuilder().checkpoints(List.of(new Checkpoint("year-one", Optional.empty(), 12,
                        new Rule.Ref("named")))).build()),
                base.toBuilder().competencies(base.competencies().stream().map(c -> c == rated ? rated.toBuilder()
                        .relation(new Relation(Relation.EXACT_MATCH_OF, "elsewhere")).build() : c).toList()).build());

        assertThat(variants.stream().map(ContentHash::of).toList()).doesNotHaveDuplicates();
    }

    private static Framework replace(Framework framework, Programme programme) {
        return framework.toBuilder().programmes(framework.programmes().stream()
                .map(p -> p.id().equals(programme.id()) ? programme : p).toList()).build();
    }
}
