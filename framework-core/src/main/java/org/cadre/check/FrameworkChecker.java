package org.cadre.check;

import static org.cadre.report.Pointers.of;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cadre.model.Competency;
import org.cadre.model.CompetencyStatus;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Relation;
import org.cadre.model.Programme;
import org.cadre.model.Translation;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Pointers;

/**
 * The semantic checks of a framework: what a JSON Schema cannot say. Unique ids, references that must
 * resolve, cycles, levels that must exist on a competency's scale, and warnings for things that are legal
 * but suspicious. Every issue carries a JSON Pointer into the framework's document form (list positions
 * follow the model's order); positions in a file are added by the JSON loader.
 *
 * <p>Stateless and thread-safe. The checks never loop, whatever the framework holds: the cost is linear
 * in the size of the framework (plus the length of cycles reported).
 */
public final class FrameworkChecker {

    private FrameworkChecker() {
    }

    /**
     * Every semantic problem of the framework, errors and warnings, grouped by the check that found them
     * ({@link org.cadre.report.Report} puts them in file order once they have positions).
     *
     * @param framework the framework to check
     * @return the issues found; empty when the framework is sound
     */
    public static List<Issue> check(Framework framework) {
        return check(framework, RuleChecker.MAX_COST);
    }

    /**
     * Like {@link #check(Framework)}, with a lower limit on what a rule may cost to evaluate once (see
     * {@link RuleChecker#check(Framework, long)}).
     *
     * @param maxRuleCost the most a rule may cost, from 1 to {@link RuleChecker#MAX_COST}
     * @throws IllegalArgumentException if {@code maxRuleCost} is outside that range
     */
    public static List<Issue> check(Framework framework, long maxRuleCost) {
        List<Issue> rules = RuleChecker.check(framework, maxRuleCost);
        Run run = new Run(framework);
        run.scales();
        run.competencies();
        run.competencyCycles();
        run.replacements();
        run.relations();
        run.programmes();
        run.programmeCycles();
        run.unusedScales();
        run.issues.addAll(rules);
        List<Issue> issues = List.copyOf(run.issues);
        if (issues.stream().noneMatch(Issue::isError)) {
            // Sound under this cost limit, so sound under every higher one, MAX_COST included.
            SoundFrameworks.add(framework);
        }
        return issues;
    }

    /**
     * The errors among {@link #check(Framework)}'s issues: empty when the framework is sound. A framework
     * instance that an earlier check (under any cost limit) found free of errors is not checked again: a
     * {@link Framework} is immutable, so it is still sound. This is how compiling a framework that the JSON
     * loader has just checked costs no second check. Instances are remembered by identity and weakly, so a
     * remembered framework can still be collected; an equal but distinct instance is checked afresh.
     *
     * @param framework the framework to check
     * @return the errors found; empty when the framework is sound
     */
    public static List<Issue> errors(Framework framework) {
        if (SoundFrameworks.contains(framework)) {
            return List.of();
        }
        return check(framework).stream().filter(Issue::isError).toList();
    }

    private static final class Run {
        private final Framework framework;
        private final List<Issue> issues = new ArrayList<>();
        private final Map<String, Integer> competencyIndex = new LinkedHashMap<>();
        private final Map<String, Integer> programmeIndex = new LinkedHashMap<>();
        /** Competency id to the scale it is rated on, worked out once for the whole tree. */
        private final Map<String, Rating> ratings = new HashMap<>();

        Run(Framework framework) {
            this.framework = framework;
        }

        /**
         * How a competency is rated: on a known scale, on none (no ancestor names one), or unknown because
         * the nearest competency that names a scale names one that does not exist (reported there).
         */
        private record Rating(Optional<ProficiencyScale> scale, boolean scaleUnknown) {
            static final Rating NONE = new Rating(Optional.empty(), false);
        }

        /** The rating of a competency; linear in total over all competencies, whatever the tree's shape. */
        private Rating rating(String competencyId) {
            Rating known = ratings.get(competencyId);
            if (known != null) {
                return known;
            }
            List<String> chain = new ArrayList<>();
            Set<String> onChain = new HashSet<>();
            Rating found = Rating.NONE;
            String current = competencyId;
            while (current != null) {
                Rating memo = ratings.get(current);
                if (memo != null) {
                    found = memo;
                    break;
                }
                Optional<Competency> competency = framework.competency(current);
                if (competency.isEmpty() || !onChain.add(current)) {
                    break; // an unknown parent or a cycle: reported elsewhere; nothing above rates this one
                }
                chain.add(current);
                Optional<String> declared = competency.get().scale();
                if (declared.isPresent()) {
                    Optional<ProficiencyScale> scale = framework.scale(declared.get());
                    found = new Rating(scale, scale.isEmpty());
                    break;
                }
                current = competency.get().parent().orElse(null);
            }
            for (String id : chain) {
                ratings.put(id, found);
            }
            return found;
        }

        private void error(String code, String pointer, String message) {
            issues.add(Issue.error(code, pointer, message));
        }

        private void warning(String code, String pointer, String message) {
            issues.add(Issue.warning(code, pointer, message));
        }

        void scales() {
            Map<String, Integer> seen = new HashMap<>();
            List<ProficiencyScale> scales = framework.scales();
            for (int s = 0; s < scales.size(); s++) {
                ProficiencyScale scale = scales.get(s);
                Integer first = seen.putIfAbsent(scale.id(), s);
                if (first != null) {
                    error(Codes.SCALE_DUPLICATE_ID, of("scales", s, "id"), "scale id [" + scale.id()
                            + "] is already used by the scale at " + of("scales", first) + "; scale ids must be unique");
                }
                if (scale.levels().isEmpty()) {
                    error(Codes.SCALE_EMPTY, of("scales", s, "levels"), "scale [" + scale.id()
                            + "] has no levels; a scale needs at least one level to rate anything on");
                }
                Map<String, Integer> levelIds = new HashMap<>();
                Map<Integer, Integer> ranks = new HashMap<>();
                for (int l = 0; l < scale.levels().size(); l++) {
                    Level level = scale.levels().get(l);
                    Integer sameId = levelIds.putIfAbsent(level.id(), l);
                    if (sameId != null) {
                        error(Codes.LEVEL_DUPLICATE_ID, of("scales", s, "levels", l, "id"), "scale [" + scale.id()
                                + "] has two levels with id [" + level.id() + "] (the other is "
                                + of("scales", s, "levels", sameId) + ")");
                    }
                    Integer sameRank = ranks.putIfAbsent(level.rank(), l);
                    if (sameRank != null) {
                        error(Codes.LEVEL_DUPLICATE_RANK, of("scales", s, "levels", l, "rank"), "levels ["
                                + scale.levels().get(sameRank).id() + "] and [" + level.id() + "] of scale ["
                                + scale.id() + "] both have rank " + level.rank()
                                + "; ranks order the levels, so each must be different");
                    }
                }
                translationLanguage(scale.translations(), of("scales", s));
                for (int l = 0; l < scale.levels().size(); l++) {
                    translationLanguage(scale.levels().get(l).translations(), of("scales", s, "levels", l));
                }
            }
            translationLanguage(framework.translations(), "");
        }

        void competencies() {
            List<Competency> competencies = framework.competencies();
            for (int c = 0; c < competencies.size(); c++) {
                Competency competency = competencies.get(c);
                Integer first = competencyIndex.putIfAbsent(competency.id(), c);
                if (first != null) {
                    error(Codes.COMPETENCY_DUPLICATE_ID, of("competencies", c, "id"), "competency id ["
                            + competency.id() + "] is already used by the competency at " + of("competencies", first)
                            + "; competency ids must be unique");
                }
            }
            for (int c = 0; c < competencies.size(); c++) {
                Competency competency = competencies.get(c);
                Optional<String> parent = competency.parent();
                if (parent.isPresent() && !competencyIndex.containsKey(parent.get())) {
                    error(Codes.COMPETENCY_PARENT_UNKNOWN, of("competencies", c, "parent"), "competency ["
                            + competency.id() + "] names parent [" + parent.get()
                            + "], which is not a competency of this framework"
                            + Suggestions.hint(parent.get(), competencyIndex.keySet()));
                }
                Optional<String> scaleId = competency.scale();
                boolean scaleUnknown = scaleId.isPresent() && framework.scale(scaleId.get()).isEmpty();
                if (scaleUnknown) {
                    error(Codes.COMPETENCY_SCALE_UNKNOWN, of("competencies", c, "scale"), "competency ["
                            + competency.id() + "] is rated on scale [" + scaleId.get()
                            + "], which is not a scale of this framework"
                            + Suggestions.hint(scaleId.get(), scaleIds()));
                }
                if (first(competency) != c) {
                    continue; // a duplicate: its other checks would repeat or confuse
                }
                Rating rating = rating(competency.id());
                Optional<ProficiencyScale> scale = rating.scale();
                if (!rating.scaleUnknown()) {
                    int at = c;
                    indicatorLevels(competency, competency.indicators(), scale,
                            () -> of("competencies", at, "indicators"));
                    for (Map.Entry<String, Translation> translation : competency.translations().entrySet()) {
                        indicatorLevels(competency, translation.getValue().indicators(), scale,
                                () -> of("competencies", at, "translations", translation.getKey(), "indicators"));
                    }
                }
                if (scaleId.isPresent() && !scaleUnknown && competency.indicators().isEmpty()
                        && competency.status() == CompetencyStatus.ACTIVE
                        && framework.children(competency.id()).isEmpty()) {
                    warning(Codes.COMPETENCY_NO_INDICATORS, of("competencies", c), "competency ["
                            + competency.id() + "] is rated on scale [" + scaleId.get()
                            + "] but has no behavioural indicators, so raters have nothing to go by");
                }
                if (!competency.translations().isEmpty()) {
                    translationLanguage(competency.translations(), of("competencies", c));
                }
            }
        }

        private int first(Competency competency) {
            return competencyIndex.get(competency.id());
        }

        private void indicatorLevels(Competency competency, Map<String, List<String>> indicators,
                                     Optional<ProficiencyScale> scale, Supplier<String> pointer) {
            if (indicators.isEmpty()) {
                return;
            }
            if (scale.isEmpty()) {
                error(Codes.COMPETENCY_NO_SCALE, pointer.get(), "competency [" + competency.id()
                        + "] has indicators by level, but neither it nor any ancestor names a scale;"
                        + " add \"scale\" to it or to an ancestor");
                return;
            }
            for (String levelId : indicators.keySet()) {
                if (scale.get().level(levelId).isEmpty()) {
                    error(Codes.INDICATOR_LEVEL_UNKNOWN, Pointers.append(pointer.get(), levelId), "competency ["
                            + competency.id() + "] is rated on scale [" + scale.get().id()
                            + "] which has no level [" + levelId + "]" + levelHint(levelId, scale.get()));
                }
            }
        }

        private static String levelHint(String levelId, ProficiencyScale scale) {
            List<String> ids = scale.levelsByRank().stream().map(Level::id).toList();
            String hint = Suggestions.hint(levelId, ids);
            return hint.isEmpty() ? "; its levels are " + ids : hint;
        }

        void competencyCycles() {
            List<Competency> competencies = framework.competencies();
            Map<String, Integer> walkOf = new HashMap<>();
            for (int c = 0; c < competencies.size(); c++) {
                String start = competencies.get(c).id();
                if (walkOf.containsKey(start) || first(competencies.get(c)) != c) {
                    continue;
                }
                List<String> chain = new ArrayList<>();
                String current = start;
                while (current != null && competencyIndex.containsKey(current) && !walkOf.containsKey(current)) {
                    walkOf.put(current, c);
                    chain.add(current);
                    current = framework.competency(current).flatMap(Competency::parent).orElse(null);
                }
                if (current != null && Integer.valueOf(c).equals(walkOf.get(current))) {
                    List<String> cycle = chain.subList(chain.indexOf(current), chain.size());
                    reportCycle(cycle, competencyIndex, "competencies", "parent", Codes.COMPETENCY_CYCLE,
                            "the parent links of competencies form a cycle: ", " → ",
                            "; a competency cannot be its own ancestor");
                }
            }
        }

        void replacements() {
            List<Competency> competencies = framework.competencies();
            for (int c = 0; c < competencies.size(); c++) {
                Competency competency = competencies.get(c);
                Optional<String> replacement = competency.replacedBy();
                if (replacement.isEmpty()) {
                    continue;
                }
                if (!competencyIndex.containsKey(replacement.get())) {
                    error(Codes.COMPETENCY_REPLACEMENT_UNKNOWN, of("competencies", c, "replacedBy"), "competency ["
                            + competency.id() + "] is replaced by [" + replacement.get()
                            + "], which is not a competency of this framework"
                            + Suggestions.hint(replacement.get(), competencyIndex.keySet()));
                } else if (competency.status() == CompetencyStatus.ACTIVE) {
                    warning(Codes.COMPETENCY_REPLACEMENT_ACTIVE, of("competencies", c, "replacedBy"), "competency ["
                            + competency.id() + "] names a replacement [" + replacement.get()
                            + "] but is still active; set \"status\": \"retired\" or remove \"replacedBy\"");
                }
            }
            Map<String, Integer> walkOf = new HashMap<>();
            for (int c = 0; c < competencies.size(); c++) {
                String start = competencies.get(c).id();
                if (walkOf.containsKey(start) || first(competencies.get(c)) != c) {
                    continue;
                }
                List<String> chain = new ArrayList<>();
                String current = start;
                while (current != null && competencyIndex.containsKey(current) && !walkOf.containsKey(current)) {
                    walkOf.put(current, c);
                    chain.add(current);
                    current = framework.competency(current).flatMap(Competency::replacedBy).orElse(null);
                }
                if (current != null && Integer.valueOf(c).equals(walkOf.get(current))) {
                    List<String> cycle = chain.subList(chain.indexOf(current), chain.size());
                    reportCycle(cycle, competencyIndex, "competencies", "replacedBy",
                            Codes.COMPETENCY_REPLACEMENT_CYCLE, "competencies replace each other in a cycle: ",
                            " → ", "; follow the replacements and one must end at an active competency");
                }
            }
        }

        void relations() {
            List<Competency> competencies = framework.competencies();
            for (int c = 0; c < competencies.size(); c++) {
                Competency competency = competencies.get(c);
                Map<Relation, Integer> seen = new HashMap<>();
                for (int r = 0; r < competency.relations().size(); r++) {
                    Relation relation = competency.relations().get(r);
                    String pointer = of("competencies", c, "relations", r, "target");
                    Integer same = seen.putIfAbsent(relation, r);
                    if (same != null) {
                        warning(Codes.COMPETENCY_RELATION_DUPLICATE, of("competencies", c, "relations", r),
                                "competency [" + competency.id() + "] states the relation [" + relation.type()
                                        + "] to [" + relation.target() + "] twice (the other is "
                                        + of("competencies", c, "relations", same) + ")");
                    } else if (!competencyIndex.containsKey(relation.target())) {
                        error(Codes.COMPETENCY_RELATION_UNKNOWN, pointer, "competency [" + competency.id()
                                + "] has a relation [" + relation.type() + "] to [" + relation.target()
                                + "], which is not a competency of this framework"
                                + Suggestions.hint(relation.target(), competencyIndex.keySet()));
                    } else if (relation.target().equals(competency.id())) {
                        error(Codes.COMPETENCY_RELATION_SELF, pointer, "competency [" + competency.id()
                                + "] has a relation [" + relation.type() + "] to itself; a relation links two"
                                + " different competencies");
                    }
                }
            }
        }

        private void reportCycle(List<String> cycle, Map<String, Integer> index, String list, String field,
                                 String code, String before, String arrow, String after) {
            String firstMember = cycle.stream().min((a, b) -> Integer.compare(index.get(a), index.get(b)))
                    .orElseThrow();
            int at = cycle.indexOf(firstMember);
            List<String> rotated = new ArrayList<>(cycle.subList(at, cycle.size()));
            rotated.addAll(cycle.subList(0, at));
            rotated.add(firstMember);
            error(code, of(list, index.get(firstMember), field), before + chain(rotated, arrow) + after);
        }

        /** "[a] → [b] → [a]", shortened in the middle when long, so that a huge cycle gives a short message. */
        private static String chain(List<String> ids, String arrow) {
            int shown = 6;
            if (ids.size() <= 2 * shown) {
                return ids.stream().map(id -> "[" + id + "]").collect(Collectors.joining(arrow));
            }
            return ids.subList(0, shown).stream().map(id -> "[" + id + "]").collect(Collectors.joining(arrow))
                    + arrow + "… (" + (ids.size() - 2 * shown) + " more) …" + arrow
                    + ids.subList(ids.size() - shown, ids.size()).stream().map(id -> "[" + id + "]")
                    .collect(Collectors.joining(arrow));
        }

        void programmes() {
            List<Programme> programmes = framework.programmes();
            for (int p = 0; p < programmes.size(); p++) {
                Programme programme = programmes.get(p);
                Integer first = programmeIndex.putIfAbsent(programme.id(), p);
                if (first != null) {
                    error(Codes.PROGRAMME_DUPLICATE_ID, of("programmes", p, "id"), "programme id [" + programme.id()
                            + "] is already used by the programme at " + of("programmes", first)
                            + "; programme ids must be unique");
                }
            }
            for (int p = 0; p < programmes.size(); p++) {
                Programme programme = programmes.get(p);
                for (int k = 0; k < programme.leadsTo().size(); k++) {
                    String next = programme.leadsTo().get(k);
                    if (!programmeIndex.containsKey(next)) {
                        error(Codes.PROGRAMME_LEADS_TO_UNKNOWN, of("programmes", p, "leadsTo", k), "programme ["
                                + programme.id() + "] leads to [" + next
                                + "], which is not a programme of this framework"
                                + Suggestions.hint(next, programmeIndex.keySet()));
                    }
                }
                final int index = p;
                programme.targetProfile().forEach((competencyId, levelId) ->
                        target(programme, index, competencyId, levelId));
                translationLanguage(programme.translations(), of("programmes", p));
                checkpoints(programme, p);
            }
        }

        /** Checkpoint ids are unique within the programme, and checkpoints fall within its duration. */
        private void checkpoints(Programme programme, int p) {
            Map<String, Integer> seen = new HashMap<>();
            int months = programme.duration().map(Run::months).orElse(Integer.MAX_VALUE);
            for (int c = 0; c < programme.checkpoints().size(); c++) {
                org.cadre.model.Checkpoint checkpoint = programme.checkpoints().get(c);
                Integer first = seen.putIfAbsent(checkpoint.id(), c);
                if (first != null) {
                    error(Codes.PROGRAMME_CHECKPOINT_DUPLICATE_ID, of("programmes", p, "checkpoints", c, "id"),
                            "programme [" + programme.id() + "] already has a checkpoint [" + checkpoint.id() + "] at "
                                    + of("programmes", p, "checkpoints", first) + "; checkpoint ids must be unique");
                }
                if (checkpoint.month() > months) {
                    warning(Codes.PROGRAMME_CHECKPOINT_AFTER_END, of("programmes", p, "checkpoints", c, "month"),
                            "checkpoint [" + checkpoint.id() + "] of programme [" + programme.id() + "] falls in month "
                                    + checkpoint.month() + ", after the programme's " + programme.duration().orElseThrow()
                                    + " are over");
                }
            }
        }

        /** A duration in whole months, rounded up; shorter units count as part of a month. */
        private static int months(org.cadre.model.ProgrammeDuration duration) {
            return switch (duration.unit()) {
                case YEARS -> duration.value() * 12;
                case MONTHS -> duration.value();
                case WEEKS -> (duration.value() * 7 + 29) / 30;
                case DAYS -> (duration.value() + 29) / 30;
                case HOURS -> 1;
            };
        }

        private void target(Programme programme, int p, String competencyId, String levelId) {
            String pointer = of("programmes", p, "targetProfile", competencyId);
            Optional<Competency> competency = framework.competency(competencyId);
            if (competency.isEmpty()) {
                error(Codes.TARGET_COMPETENCY_UNKNOWN, pointer, "programme [" + programme.id()
                        + "] targets competency [" + competencyId + "], which is not a competency of this framework"
                        + Suggestions.hint(competencyId, competencyIndex.keySet()));
                return;
            }
            if (competency.get().status() == CompetencyStatus.RETIRED) {
                warning(Codes.TARGET_RETIRED, pointer, "programme [" + programme.id()
                        + "] targets competency [" + competencyId + "], which is retired"
                        + competency.get().replacedBy().map(r -> "; it is replaced by [" + r + "]").orElse(""));
            }
            Rating rating = rating(competencyId);
            if (rating.scaleUnknown()) {
                return; // already reported as competency.scale.unknown where the scale is named
            }
            Optional<ProficiencyScale> scale = rating.scale();
            if (scale.isEmpty()) {
                error(Codes.TARGET_NOT_RATED, pointer, "programme [" + programme.id() + "] targets level ["
                        + levelId + "] of competency [" + competencyId
                        + "], but neither that competency nor any ancestor names a scale to rate it on");
            } else if (scale.get().level(levelId).isEmpty()) {
                error(Codes.TARGET_LEVEL_UNKNOWN, pointer, "programme [" + programme.id() + "] targets level ["
                        + levelId + "] of competency [" + competencyId + "], but its scale [" + scale.get().id()
                        + "] has no such level" + levelHint(levelId, scale.get()));
            }
        }

        void programmeCycles() {
            // Iterative depth-first search in document order; each edge that closes a cycle is reported.
            List<Programme> programmes = framework.programmes();
            Map<String, Integer> state = new HashMap<>(); // absent: new, 1: on the current path, 2: done
            for (int start = 0; start < programmes.size(); start++) {
                String root = programmes.get(start).id();
                if (state.containsKey(root) || programmeIndex.get(root) != start) {
                    continue;
                }
                List<String> path = new ArrayList<>();
                List<Integer> nextEdge = new ArrayList<>();
                path.add(root);
                nextEdge.add(0);
                state.put(root, 1);
                while (!path.isEmpty()) {
                    int top = path.size() - 1;
                    String current = path.get(top);
                    int p = programmeIndex.get(current);
                    List<String> edges = programmes.get(p).leadsTo();
                    int k = nextEdge.get(top);
                    if (k >= edges.size()) {
                        state.put(current, 2);
                        path.remove(top);
                        nextEdge.remove(top);
                        continue;
                    }
                    nextEdge.set(top, k + 1);
                    String next = edges.get(k);
                    if (!programmeIndex.containsKey(next)) {
                        continue;
                    }
                    Integer nextState = state.get(next);
                    if (nextState == null) {
                        state.put(next, 1);
                        path.add(next);
                        nextEdge.add(0);
                    } else if (nextState == 1) {
                        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
                        cycle.add(next);
                        error(Codes.PROGRAMME_CYCLE, of("programmes", p, "leadsTo", k),
                                "the leadsTo links of programmes form a cycle: " + chain(cycle, " → ")
                                        + "; a ladder must lead upward, never back to a rung below");
                    }
                }
            }
        }

        void unusedScales() {
            Set<String> used = new HashSet<>();
            framework.competencies().forEach(competency -> competency.scale().ifPresent(used::add));
            List<ProficiencyScale> scales = framework.scales();
            Set<String> reported = new HashSet<>();
            for (int s = 0; s < scales.size(); s++) {
                String id = scales.get(s).id();
                if (!used.contains(id) && reported.add(id)) {
                    warning(Codes.SCALE_UNUSED, of("scales", s), "scale [" + id
                            + "] is not used: no competency is rated on it");
                }
            }
        }

        private List<String> scaleIds() {
            return framework.scales().stream().map(ProficiencyScale::id).toList();
        }

        private void translationLanguage(Map<String, Translation> translations, String pointer) {
            String own = framework.language();
            String key = translations.keySet().stream().filter(language -> language.equalsIgnoreCase(own))
                    .findFirst().orElse(null);
            if (key != null) {
                warning(Codes.TRANSLATION_DEFAULT_LANGUAGE, Pointers.append(Pointers.append(pointer, "translations"),
                        key), "a translation into [" + key
                        + "] is ignored: that is the framework's own language, so the main texts already are in it");
            }
        }
    }
}
