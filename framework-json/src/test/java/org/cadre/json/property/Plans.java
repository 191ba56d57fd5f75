package org.cadre.json.property;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.cadre.model.ActivityType;
import org.cadre.model.Extensions;
import org.cadre.model.PlanStatus;
import org.cadre.plan.Activity;
import org.cadre.plan.Approval;
import org.cadre.plan.Goal;
import org.cadre.plan.Plan;
import org.cadre.plan.PlanTarget;
import org.cadre.plan.Review;
import org.cadre.testing.Generator;
import org.cadre.testing.RandomSource;

/**
 * Generators of development plans that the plan schema accepts: ids of every allowed shape, a target of a
 * programme, a profile or both, goals, activities (standard and made-up types, exact decimal hours),
 * reviews, approvals, any status and {@code x-} extensions. The plans are not checked against a framework,
 * so references need not resolve; ids are unique where a list names them.
 */
final class Plans {

    private static final List<String> HOURS = List.of("0", "1", "2.5", "40", "12.25", "100.50", "1E+3", "0.000",
            "7.125");
    private static final List<String> OUTCOMES = List.of("on-track", "behind", "ahead", "closed", "x.y:z_1");
    private static final List<String> ROLES = List.of("line-manager", "mentor", "sponsor", "self", "hr:bp");

    private Plans() {
    }

    /** One plan; shrinks by dropping parts. */
    static Generator<Plan> plans() {
        Generator<Plan> plain = Plans::plan;
        return plain.withShrinker(Plans::shrink).describedBy(Plans::describe);
    }

    static Plan plan(RandomSource random) {
        LocalDate start = date(random);
        LocalDate end = start.plusDays(random.between(0, 800));
        Plan.Builder plan = Plan.builder(Identifiers.id(random), Identifiers.id(random), Identifiers.id(random),
                        random.pick(List.of("1.0.0", "2026", "v3", "1.0.0-rc.1+build.5")))
                .target(target(random)).period(start, end)
                .status(random.pick(List.of(PlanStatus.values())));
        List<String> goalIds = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int g = random.between(0, 5); g > 0; g--) {
            String id = Identifiers.freshId(random, taken);
            taken.add(id);
            goalIds.add(id);
            plan.goal(new Goal(id, Identifiers.id(random),
                    random.chance(0.6) ? Optional.of(Identifiers.id(random)) : Optional.empty(),
                    Identifiers.id(random), start.plusDays(random.between(0, 800)),
                    random.chance(0.4) ? Optional.of(Texts.text(random, 2000)) : Optional.empty()));
        }
        Set<String> activityIds = new HashSet<>();
        for (int a = random.between(0, 5); a > 0; a--) {
            String id = Identifiers.freshId(random, activityIds);
            activityIds.add(id);
            LocalDate from = start.plusDays(random.between(0, 400));
            plan.activity(new Activity(id, random.chance(0.7) ? random.pick(ActivityType.STANDARD).id()
                    : Identifiers.tagLike(random), new BigDecimal(random.pick(HOURS)), from,
                    from.plusDays(random.between(0, 400)),
                    random.chance(0.5) ? Optional.of(Texts.text(random, 2000)) : Optional.empty(),
                    goalIds.isEmpty() ? List.of() : random.subset(goalIds, 0.5)));
        }
        for (int r = random.between(0, 3); r > 0; r--) {
            plan.review(new Review(start.plusDays(random.between(0, 800)), random.pick(ROLES),
                    random.pick(OUTCOMES),
                    random.chance(0.4) ? Optional.of(Texts.text(random, 2000)) : Optional.empty()));
        }
        for (int a = random.between(0, 2); a > 0; a--) {
            plan.approval(new Approval(random.pick(ROLES), Identifiers.id(random), start.plusDays(random.between(0,
                    60))));
        }
        if (random.chance(0.3)) {
            plan.extensions(Extensions.of(JsonValues.extensions(random, 3)));
        }
        return plan.build();
    }

    private static PlanTarget target(RandomSource random) {
        Map<String, String> profile = new LinkedHashMap<>();
        int size = random.between(0, 4);
        for (int i = 0; i < size; i++) {
            profile.put(Identifiers.id(random), Identifiers.id(random));
        }
        boolean programme = profile.isEmpty() || random.nextBoolean();
        return new PlanTarget(programme ? Optional.of(Identifiers.id(random)) : Optional.empty(), profile);
    }

    /** A date from 0001-01-01 to 9000-12-31, mostly in recent years, sometimes a 29 February. */
    private static LocalDate date(RandomSource random) {
        if (random.chance(0.05)) {
            return LocalDate.of(random.pick(List.of(2024, 2000, 1996)), 2, 29);
        }
        int year = random.chance(0.9) ? random.between(2000, 2030) : random.between(1, 9000);
        return LocalDate.ofYearDay(year, random.between(1, LocalDate.of(year, 1, 1).lengthOfYear()));
    }

    private static Stream<Plan> shrink(Plan plan) {
        Plan.Builder bare = Plan.builder(plan.id(), plan.person(), plan.framework(), plan.frameworkVersion())
                .target(plan.target()).period(plan.start(), plan.end()).status(plan.status());
        List<Plan> candidates = List.of(bare.build(), plan.toBuilder().extensions(Extensions.none()).build());
        return candidates.stream().filter(candidate -> !candidate.equals(plan));
    }

    static String describe(Plan plan) {
        return plan + " " + plan.target() + " " + plan.start() + ".." + plan.end() + " goals " + plan.goals()
                + " activities " + plan.activities() + " reviews " + plan.reviews() + " approvals "
                + plan.approvals() + " " + plan.extensions();
    }
}
