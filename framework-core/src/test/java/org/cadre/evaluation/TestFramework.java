package org.cadre.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cadre.model.Competency;
import org.cadre.model.CompetencySet;
import org.cadre.model.CompetencyStatus;
import org.cadre.model.FactDefinition;
import org.cadre.model.Framework;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.model.RaterSource;
import org.cadre.model.RatingPolicy;
import org.cadre.model.Rule;

/**
 * The fixed framework that the evaluation tests and generators work against:
 * <ul>
 *   <li>scale {@code four} (essential &lt; proficient &lt; strong &lt; exemplary) and scale {@code five}
 *       (aware &lt; essential &lt; proficient &lt; strong &lt; expert), which shares three level ids with
 *       {@code four} at other positions;</li>
 *   <li>{@code leading}, an unrated domain; under it {@code people} (rated on four) with {@code team},
 *       {@code care}, {@code inclusion} and the retired {@code legacy}, and {@code direction} (rated on
 *       four) with {@code vision}, {@code purpose}, {@code agility}: eight active competencies on four;</li>
 *   <li>{@code digital}, a root rated on five;</li>
 *   <li>tags {@code people}, {@code personal}, {@code strategic} (on four only) and {@code mixed} (team
 *       and digital, two scales);</li>
 *   <li>programmes {@code foundation}, {@code mary-seacole}, {@code rosalind};</li>
 *   <li>number facts {@code practiceHours}, {@code monthsInRole}; string facts {@code band} (5, 6, 7, 8a,
 *       8b) and {@code staffGroup} (any value);</li>
 *   <li>named rules {@code experienced} and {@code senior} (built only from monotone forms), and
 *       {@code not-novice} and {@code balanced} (which are not).</li>
 * </ul>
 */
final class TestFramework {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    static final LocalDate RATED = LocalDate.of(2026, 6, 1);

    static final List<String> FOUR = List.of("essential", "proficient", "strong", "exemplary");
    static final List<String> FIVE = List.of("aware", "essential", "proficient", "strong", "expert");
    /** The level ids both scales have. */
    static final List<String> SHARED = List.of("essential", "proficient", "strong");

    /** The active competencies rated on {@code four}. */
    static final List<String> ON_FOUR = List.of("people", "team", "care", "inclusion", "direction", "vision",
            "purpose", "agility");
    /** Every rated competency: those on four, the retired one (on four) and the one on five. */
    static final List<String> RATED_COMPETENCIES = List.of("people", "team", "care", "inclusion", "direction",
            "vision", "purpose", "agility", "legacy", "digital");
    /** Every competency id, and one that the framework does not have. */
    static final List<String> ALL_IDS = List.of("leading", "people", "team", "care", "inclusion", "legacy",
            "direction", "vision", "purpose", "agility", "digital", "ghost");

    static final List<String> PROGRAMMES = List.of("foundation", "mary-seacole", "rosalind");
    static final List<String> BANDS = List.of("5", "6", "7", "8a", "8b");
    static final List<String> STAFF_GROUPS = List.of("nursing", "medical", "ahp");
    static final List<String> KINDS = List.of("project", "360-feedback", "reflective-log");

    static final Rule EXPERIENCED = new Rule.All(List.of(
            new Rule.NumberFact("monthsInRole", Rule.Comparison.AT_LEAST, BigDecimal.valueOf(24)),
            new Rule.Level("team", Rule.Comparison.AT_LEAST, "proficient")));
    static final Rule SENIOR = new Rule.Any(List.of(new Rule.StringFact("band", List.of("8a", "8b")),
            new Rule.Ref("experienced")));
    static final Rule NOT_NOVICE = new Rule.Not(new Rule.Level("vision", Rule.Comparison.AT_MOST, "essential"));
    static final Rule BALANCED = new Rule.Balance(CompetencySet.of("purpose"), CompetencySet.of("agility"), 1);

    /** Named rules built only from forms that can only go up when ratings go up. */
    static final List<String> MONOTONE_NAMED = List.of("experienced", "senior");
    static final List<String> ALL_NAMED = List.of("experienced", "senior", "not-novice", "balanced");

    private static final Map<String, CompiledFramework> COMPILED = new ConcurrentHashMap<>();

    private TestFramework() {
    }

    /**
     * A policy that counts self (from 1 rater), managers (1), peers (2), direct reports (3) and assessors (1)
     * but not "other", with a 36-month window and the given aggregation.
     */
    static RatingPolicy policy(RatingPolicy.Aggregation aggregation) {
        Map<RaterSource, RatingPolicy.SourcePolicy> sources = new EnumMap<>(RaterSource.class);
        sources.put(RaterSource.SELF, new RatingPolicy.SourcePolicy(1));
        sources.put(RaterSource.MANAGER, new RatingPolicy.SourcePolicy(1));
        sources.put(RaterSource.PEER, new RatingPolicy.SourcePolicy(2));
        sources.put(RaterSource.DIRECT_REPORT, new RatingPolicy.SourcePolicy(3));
        sources.put(RaterSource.ASSESSOR, new RatingPolicy.SourcePolicy(1));
        return new RatingPolicy(sources, aggregation, Optional.of(36));
    }

    static ProficiencyScale four() {
        return ProficiencyScale.builder("four", "Four levels").level("essential", "Essential", 1)
                .level("proficient", "Proficient", 2).level("strong", "Strong", 3)
                .level("exemplary", "Exemplary", 4).build();
    }

    static ProficiencyScale five() {
        return ProficiencyScale.builder("five", "Five levels").level("aware", "Aware", 1)
                .level("essential", "Essential", 2).level("proficient", "Proficient", 3)
                .level("strong", "Strong", 4).level("expert", "Expert", 5).build();
    }

    /** The framework with the default rating policy. */
    static Framework framework() {
        Map<String, List<String>> indicators = Map.of("essential", List.of("does the basics"));
        Map<String, Rule> rules = new LinkedHashMap<>();
        rules.put("experienced", EXPERIENCED);
        rules.put("senior", SENIOR);
        rules.put("not-novice", NOT_NOVICE);
        rules.put("balanced", BALANCED);
        return Framework.builder("test", "1.0.0", "Test framework")
                .scale(four())
                .scale(five())
                .competency(Competency.builder("leading", "Leading in health and care").kind("domain").build())
                .competency(Competency.builder("people", "Leading people").kind("capability").parent("leading")
                        .scale("four").build())
                .competency(leaf("team", "Engaging the team", "people", indicators, "people", "mixed"))
                .competency(leaf("care", "Leading with care", "people", indicators, "people"))
                .competency(leaf("inclusion", "Inclusive leadership", "people", indicators, "people", "personal"))
                .competency(Competency.builder("legacy", "Managing resources").parent("people")
                        .indicators(indicators).status(CompetencyStatus.RETIRED).replacedBy("team").build())
                .competency(Competency.builder("direction", "Setting direction").kind("capability")
                        .parent("leading").scale("four").build())
                .competency(leaf("vision", "Sharing the vision", "direction", indicators, "strategic"))
                .competency(leaf("purpose", "Focused purpose", "direction", indicators, "personal"))
                .competency(leaf("agility", "Agility", "direction", indicators, "personal", "strategic"))
                .competency(Competency.builder("digital", "Digital leadership").scale("five")
                        .indicators(Map.of("aware", List.of("knows the tools"))).tags(List.of("mixed")).build())
                .programme(Programme.builder("foundation", "Foundation programme").build())
                .programme(Programme.builder("mary-seacole", "Mary Seacole programme")
                        .entry(new Rule.Ref("experienced")).build())
                .programme(Programme.builder("rosalind", "Rosalind Franklin programme")
                        .entry(new Rule.All(List.of(
                                new Rule.ProgrammeTaken("mary-seacole", Rule.Taken.COMPLETED, Optional.empty()),
                                new Rule.Ref("senior"))))
                        .build())
                .fact(FactDefinition.number("practiceHours", "hours"))
                .fact(FactDefinition.number("monthsInRole", "months"))
                .fact(FactDefinition.string("band", BANDS.toArray(String[]::new)))
                .fact(FactDefinition.string("staffGroup"))
                .rules(rules)
                .build();
    }

    private static Competency leaf(String id, String title, String parent, Map<String, List<String>> indicators,
                                   String... tags) {
        return Competency.builder(id, title).parent(parent).indicators(indicators).tags(List.of(tags)).build();
    }

    /** The framework with the default rating policy, built once. */
    static Framework shared() {
        return compiled().framework();
    }

    /** The framework with another rating policy. */
    static Framework framework(RatingPolicy policy) {
        return framework().toBuilder().ratingPolicy(policy).build();
    }

    /** The compiled framework with the default policy (compiled once). */
    static CompiledFramework compiled() {
        return COMPILED.computeIfAbsent("default", key -> CompiledFramework.compile(framework()));
    }

    /** The compiled framework with {@link #policy(RatingPolicy.Aggregation)} (compiled once per aggregation). */
    static CompiledFramework compiled(RatingPolicy.Aggregation aggregation) {
        return COMPILED.computeIfAbsent(aggregation.name(),
                key -> CompiledFramework.compile(framework(policy(aggregation))));
    }

    /** The level ids of a rated competency's scale, lowest first; empty for an unrated or unknown one. */
    static List<String> levelsOf(String competency) {
        if (competency.equals("digital")) {
            return FIVE;
        }
        return RATED_COMPETENCIES.contains(competency) ? FOUR : List.of();
    }
}
