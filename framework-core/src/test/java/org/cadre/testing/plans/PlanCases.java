package org.cadre.testing.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.model.ActivityType;
import org.cadre.model.Competency;
import org.cadre.model.Extensions;
import org.cadre.model.Framework;
import org.cadre.model.LearningCategory;
import org.cadre.model.PlanPolicy;
import org.cadre.model.PlanStatus;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.model.RaterSource;
import org.cadre.model.Rule;
import org.cadre.person.Person;
import org.cadre.person.ProgrammeRecord;
import org.cadre.person.Rating;
import org.cadre.plan.Catalogue;
import org.cadre.plan.CatalogueItem;
import org.cadre.plan.Draft;
import org.cadre.plan.PlanDrafter;
import org.cadre.testing.Generator;
import org.cadre.testing.RandomSource;

/**
 * Generates drafting cases: a small framework (one four-level scale, three to eight competencies, a target
 * programme whose entry rule asks for levels and sometimes a completed programme), a random plan policy, a
 * person with some ratings, and a catalogue (the standard one or random items). Public so that the JSON
 * module's tests can draft plans to round-trip.
 */
public final class PlanCases {

    /** The plan's first day in every case, also the date of the gap analysis. */
    public static final LocalDate START = LocalDate.of(2027, 1, 4);
    /** The levels of the scale, lowest first. */
    public static final List<String> LEVELS = List.of("essential", "proficient", "strong", "exemplary");
    /** The target programme's id. */
    public static final String TARGET = "target";

    private PlanCases() {
    }

    /** The scale of every generated framework: essential, proficient, strong, exemplary (id {@code four}). */
    public static ProficiencyScale fourLevels() {
        return ProficiencyScale.builder("four", "Four").level("essential", "Essential", 1)
                .level("proficient", "Proficient", 2).level("strong", "Strong", 3)
                .level("exemplary", "Exemplary", 4).build();
    }

    /** One case: everything a draft needs. */
    public record Case(Framework framework, Person person, Catalogue catalogue) {

        /** The framework's plan policy. */
        public PlanPolicy policy() {
            return framework.planPolicy().orElse(PlanPolicy.NONE);
        }

        /** The draft of this case. */
        public Draft draft() {
            return PlanDrafter.draft(CompiledFramework.compile(framework), catalogue, person, TARGET, START);
        }
    }

    /** Cases with random policies and catalogues. */
    public static Generator<Case> cases() {
        return random -> generate(random, false);
    }

    /**
     * Cases a draft can always satisfy when the person lacks levels: the standard catalogue, and a policy with
     * room (at least 2 hours a week, plans of up to two years, a 70:20:10 mix within 15 points or none).
     */
    public static Generator<Case> roomyCases() {
        return random -> generate(random, true);
    }

    private static Case generate(RandomSource random, boolean roomy) {
        int count = random.between(3, 8);
        List<String> competencies = new ArrayList<>();
        Framework.Builder framework = Framework.builder("gen", "1.0.0", "Generated")
                .scale(fourLevels())
                .competency(Competency.builder("root", "Model").scale("four").build());
        for (int i = 0; i < count; i++) {
            String id = "c" + i;
            competencies.add(id);
            framework.competency(Competency.builder(id, "Competency " + i).parent("root")
                    .indicators(Map.of("essential", List.of("does the basics"))).build());
        }
        List<Rule> requirements = new ArrayList<>();
        for (String competency : random.subset(competencies, 0.6)) {
            requirements.add(new Rule.Level(competency, Rule.Comparison.AT_LEAST, random.pick(LEVELS.subList(1, 4))));
        }
        if (requirements.isEmpty()) {
            requirements.add(new Rule.Level(competencies.get(0), Rule.Comparison.AT_LEAST, "strong"));
        }
        Rule entry = random.chance(0.3) && requirements.size() >= 2
                ? new Rule.AtLeastOf(random.between(1, requirements.size()), requirements)
                : new Rule.All(requirements);
        if (random.chance(0.2)) {
            entry = new Rule.All(List.of(entry, new Rule.ProgrammeTaken("base", Rule.Taken.COMPLETED,
                    Optional.empty())));
        }
        framework.programme(Programme.builder("base", "Base rung").build())
                .programme(Programme.builder(TARGET, "Target rung").entry(entry).build())
                .planPolicy(roomy ? roomyPolicy(random) : policy(random));
        Framework built = framework.build();

        Person.Builder person = Person.builder("p-1");
        for (String competency : random.subset(competencies, 0.8)) {
            person.rating(new Rating(competency, random.pick(LEVELS), RaterSource.MANAGER, Optional.of("m-1"),
                    START.minusMonths(random.between(1, 12))));
        }
        if (random.chance(0.5)) {
            person.programme(ProgrammeRecord.completed("base", START.minusMonths(6)));
        }
        Catalogue catalogue = roomy || random.chance(0.3) ? Catalogue.standard(built)
                : catalogue(random, built, competencies);
        return new Case(built, person.build(), catalogue);
    }

    private static PlanPolicy policy(RandomSource random) {
        List<ActivityType> types = random.chance(0.3)
                ? List.of(new ActivityType("board-observation", LearningCategory.EXPERIENCE)) : List.of();
        Map<PlanStatus, List<String>> approvals = Map.of(PlanStatus.AGREED, random.chance(0.5)
                ? List.of("line-manager", "programme-lead") : List.of("line-manager"));
        return new PlanPolicy(approvals,
                random.chance(0.7) ? Optional.of(BigDecimal.valueOf(random.pick(List.of(1, 2, 4, 6, 10))))
                        : Optional.empty(),
                random.chance(0.5) ? Optional.of(random.pick(List.of(4, 12, 26))) : Optional.empty(),
                random.chance(0.5) ? Optional.of(random.pick(List.of(26, 52, 104))) : Optional.empty(),
                random.chance(0.6) ? mix(random.pick(List.of(new int[] {70, 20, 10}, new int[] {50, 30, 20},
                        new int[] {100, 0, 0})))
                        : Map.of(),
                random.pick(List.of(0, 5, 10, 15, 20)),
                random.chance(0.6) ? Optional.of(random.pick(List.of(4, 8, 13))) : Optional.empty(),
                true, types);
    }

    private static PlanPolicy roomyPolicy(RandomSource random) {
        return new PlanPolicy(Map.of(PlanStatus.AGREED, List.of("line-manager")),
                Optional.of(BigDecimal.valueOf(random.between(2, 10))),
                random.chance(0.5) ? Optional.of(random.pick(List.of(4, 12, 26))) : Optional.empty(),
                Optional.of(104),
                random.chance(0.7) ? mix(new int[] {70, 20, 10}) : Map.of(), 15,
                random.chance(0.6) ? Optional.of(random.pick(List.of(4, 8, 13))) : Optional.empty(),
                true, List.of());
    }

    private static Map<LearningCategory, Integer> mix(int[] shares) {
        Map<LearningCategory, Integer> mix = new EnumMap<>(LearningCategory.class);
        mix.put(LearningCategory.EXPERIENCE, shares[0]);
        mix.put(LearningCategory.SOCIAL, shares[1]);
        mix.put(LearningCategory.FORMAL, shares[2]);
        return mix;
    }

    private static Catalogue catalogue(RandomSource random, Framework framework, List<String> competencies) {
        List<String> types = new ArrayList<>();
        ActivityType.STANDARD.forEach(type -> types.add(type.id()));
        framework.planPolicy().orElseThrow().activityTypes().forEach(type -> types.add(type.id()));
        List<CatalogueItem> items = new ArrayList<>();
        int count = random.between(1, 14);
        for (int i = 0; i < count; i++) {
            int low = random.between(0, 3);
            int high = random.between(low, 3);
            items.add(new CatalogueItem("item-" + i, "Item " + i, random.pick(types),
                    random.chance(0.15) ? List.of() : random.subset(competencies, 0.4),
                    random.chance(0.5) ? Optional.of(LEVELS.get(low)) : Optional.empty(),
                    random.chance(0.5) ? Optional.of(LEVELS.get(high)) : Optional.empty(),
                    BigDecimal.valueOf(random.between(0, 80)),
                    random.chance(0.8) ? Optional.of(random.between(1, 26)) : Optional.empty(),
                    random.chance(0.5) ? Optional.of(BigDecimal.valueOf(random.between(0, 2000))) : Optional.empty(),
                    Optional.empty(), Optional.empty()));
        }
        Map<String, String> unused = new LinkedHashMap<>();
        unused.put("x-note", "\"generated\"");
        return new Catalogue("cat", "Generated catalogue", framework.id(), Optional.of(framework.version()),
                Optional.of("GBP"), items, Extensions.of(unused));
    }
}
