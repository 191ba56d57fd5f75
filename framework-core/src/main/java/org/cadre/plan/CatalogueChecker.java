package org.cadre.plan;

import static org.cadre.report.Pointers.of;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.check.Suggestions;
import org.cadre.model.ActivityType;
import org.cadre.model.Competency;
import org.cadre.model.CompetencyStatus;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.PlanPolicy;
import org.cadre.model.ProficiencyScale;
import org.cadre.report.Codes;
import org.cadre.report.Issue;

/**
 * Checks an activity catalogue against a framework and its plan policy, in one pass: the framework it is
 * written against, unique item ids, the competencies items develop (they exist and are not retired), the
 * levels of their ranges (on each developed competency's scale, lowest first) and their types. Pointers lead
 * into the catalogue's document form ({@code /items/3/develops/0}). Stateless and thread-safe.
 */
public final class CatalogueChecker {

    private CatalogueChecker() {
    }

    /** Every problem of the catalogue, in document order. */
    public static List<Issue> check(Framework framework, Catalogue catalogue, PlanPolicy policy) {
        List<Issue> issues = new ArrayList<>();
        if (!catalogue.framework().equals(framework.id())) {
            issues.add(Issue.error(Codes.CATALOGUE_FRAMEWORK_MISMATCH, of("framework", "id"), "the catalogue is"
                    + " written against framework [" + catalogue.framework() + "], not [" + framework.id() + "]"));
            return issues; // its competency ids are another framework's: checking them would only add noise
        }
        catalogue.frameworkVersion().filter(version -> !version.equals(framework.version())).ifPresent(version ->
                issues.add(Issue.warning(Codes.CATALOGUE_FRAMEWORK_VERSION, of("framework", "version"), "the"
                        + " catalogue is written against version " + version + " of [" + framework.id()
                        + "], which is now at " + framework.version())));
        Map<String, Integer> seen = new HashMap<>();
        List<String> competencyIds = framework.competencies().stream().map(Competency::id).toList();
        for (int i = 0; i < catalogue.items().size(); i++) {
            CatalogueItem item = catalogue.items().get(i);
            List<Issue> levelIssues = new ArrayList<>();
            Integer first = seen.putIfAbsent(item.id(), i);
            if (first != null) {
                issues.add(Issue.error(Codes.CATALOGUE_DUPLICATE_ID, of("items", i, "id"), "item id [" + item.id()
                        + "] is already used by the item at " + of("items", first)));
            }
            if (policy.activityType(item.type()).isEmpty()) {
                List<String> known = new ArrayList<>();
                policy.activityTypes().forEach(type -> known.add(type.id()));
                ActivityType.STANDARD.forEach(type -> known.add(type.id()));
                issues.add(Issue.error(Codes.CATALOGUE_ACTIVITY_TYPE_UNKNOWN, of("items", i, "type"), "item ["
                        + item.id() + "] has type [" + item.type() + "], which is neither a standard type nor one"
                        + " of the plan policy's" + Suggestions.hint(item.type(), known)));
            }
            for (int k = 0; k < item.develops().size(); k++) {
                String id = item.develops().get(k);
                String pointer = of("items", i, "develops", k);
                Optional<Competency> competency = framework.competency(id);
                if (competency.isEmpty()) {
                    issues.add(Issue.error(Codes.CATALOGUE_COMPETENCY_UNKNOWN, pointer, "item [" + item.id()
                            + "] develops competency [" + id + "], which is not in [" + framework.id() + " "
                            + framework.version() + "]" + Suggestions.hint(id, competencyIds)));
                    continue;
                }
                if (competency.get().status() == CompetencyStatus.RETIRED) {
                    issues.add(Issue.warning(Codes.CATALOGUE_COMPETENCY_RETIRED, pointer, "item [" + item.id()
                            + "] develops competency [" + id + "], which is retired" + competency.get().replacedBy()
                            .map(next -> "; [" + next + "] replaces it").orElse("")));
                }
                levels(framework, item, i, id, levelIssues);
            }
            // Competencies on one scale would repeat the same finding about the item's range: say it once.
            levelIssues.stream().filter(issue -> issues.stream().noneMatch(earlier -> earlier.code()
                    .equals(issue.code()) && earlier.pointer().equals(issue.pointer()))).forEach(issues::add);
        }
        return List.copyOf(issues);
    }

    private static void levels(Framework framework, CatalogueItem item, int index, String competency,
                               List<Issue> issues) {
        Optional<ProficiencyScale> scale = framework.effectiveScale(competency);
        if (scale.isEmpty()) {
            return; // a competency rated on no scale: the range does not apply to it
        }
        Optional<Level> from = level(scale.get(), item, index, competency, item.suitsFrom(), "from", issues);
        Optional<Level> to = level(scale.get(), item, index, competency, item.suitsTo(), "to", issues);
        if (from.isPresent() && to.isPresent() && from.get().rank() > to.get().rank()) {
            issues.add(Issue.error(Codes.CATALOGUE_LEVELS_REVERSED, of("items", index, "suits"), "item [" + item.id()
                    + "] suits levels from [" + from.get().id() + "] to [" + to.get().id() + "], but [" + from.get().id()
                    + "] is above [" + to.get().id() + "] on scale [" + scale.get().id() + "]"));
        }
    }

    private static Optional<Level> level(ProficiencyScale scale, CatalogueItem item, int index, String competency,
                                         Optional<String> level, String end, List<Issue> issues) {
        if (level.isEmpty()) {
            return Optional.empty();
        }
        Optional<Level> found = scale.level(level.get());
        if (found.isEmpty()) {
            List<String> ids = scale.levelsByRank().stream().map(Level::id).toList();
            String hint = Suggestions.hint(level.get(), ids);
            issues.add(Issue.error(Codes.CATALOGUE_LEVEL_UNKNOWN, of("items", index, "suits", end), "item ["
                    + item.id() + "] suits levels " + (end.equals("from") ? "from [" : "up to [") + level.get() + "], which is not on scale ["
                    + scale.id() + "] of competency [" + competency + "]" + (hint.isEmpty() ? "; its levels are "
                    + ids : hint)));
        }
        return found;
    }

    /**
     * Whether an item helps a person reach a level of a competency: it develops the competency, and the
     * level lies within its range (an absent bound is open).
     */
    static boolean suits(Framework framework, CatalogueItem item, String competency, String level) {
        if (!item.develops().contains(competency)) {
            return false;
        }
        Optional<ProficiencyScale> scale = framework.effectiveScale(competency);
        Optional<Level> target = scale.flatMap(found -> found.level(level));
        if (target.isEmpty()) {
            return false;
        }
        int rank = target.get().rank();
        boolean above = item.suitsFrom().flatMap(id -> scale.get().level(id)).map(low -> rank >= low.rank())
                .orElse(true);
        boolean below = item.suitsTo().flatMap(id -> scale.get().level(id)).map(high -> rank <= high.rank())
                .orElse(true);
        return above && below;
    }
}
