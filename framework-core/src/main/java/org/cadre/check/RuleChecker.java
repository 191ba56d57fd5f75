package org.cadre.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadre.model.Competency;
import org.cadre.model.CompetencySet;
import org.cadre.model.CompetencyStatus;
import org.cadre.model.FactDefinition;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.model.Rule;
import org.cadre.model.SelectionKey;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Pointers;

/**
 * Checks every rule of a framework — named rules and programme entry and completion rules — against the
 * framework: competencies, levels, programmes and facts that must exist, levels on the right scale, sets
 * that hold something, references without cycles, thresholds that can be met, and a bounded depth.
 * Pointers lead into the rule's document form, such as {@code /programmes/3/entry/all/1/level/atLeast}.
 * Stateless and thread-safe.
 */
public final class RuleChecker {

    /** The deepest a rule may be nested, counting the named rules it refers to: deeper is refused. */
    public static final int MAX_DEPTH = 100;

    /**
     * The most a rule may cost to evaluate once: rule nodes plus the members of the sets they visit, with
     * each reference to a named rule counting that rule's whole cost. Costlier rules are refused.
     */
    public static final long MAX_COST = 1_000_000;

    private RuleChecker() {
    }

    /** Every problem of every rule of the framework, with the cost limit {@link #MAX_COST}. */
    public static List<Issue> check(Framework framework) {
        return check(framework, MAX_COST);
    }

    /**
     * Every problem of every rule of the framework, refusing rules that would cost more than {@code maxCost}
     * to evaluate once ({@link org.cadre.report.Codes#RULE_TOO_COSTLY}, with the computed cost). A host that
     * wants cheaper rules than the default passes a lower limit; {@link #MAX_COST} is the most any framework
     * may cost, since compiling a framework checks it with that limit.
     *
     * @param maxCost the most a rule may cost, from 1 to {@link #MAX_COST}
     * @throws IllegalArgumentException if {@code maxCost} is outside that range
     */
    public static List<Issue> check(Framework framework, long maxCost) {
        if (maxCost < 1 || maxCost > MAX_COST) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the rule cost limit must be from 1 to %,d, got %,d", MAX_COST, maxCost));
        }
        Run run = new Run(framework, maxCost);
        run.facts();
        run.referenceCycles();
        run.namedMetrics();
        List<String> named = new ArrayList<>(framework.rules().keySet());
        for (String name : named) {
            run.rule(framework.rules().get(name), Pointers.of("rules", name));
        }
        for (int p = 0; p < framework.programmes().size(); p++) {
            Programme programme = framework.programmes().get(p);
            int index = p;
            programme.entry().ifPresent(rule -> run.rule(rule, Pointers.of("programmes", index, "entry")));
            programme.completion().ifPresent(rule -> run.rule(rule, Pointers.of("programmes", index, "completion")));
            for (int c = 0; c < programme.checkpoints().size(); c++) {
                run.rule(programme.checkpoints().get(c).rule(), Pointers.of("programmes", p, "checkpoints", c, "rule"));
            }
            for (int k = 0; k < programme.selection().size(); k++) {
                run.selectionKey(programme.selection().get(k), Pointers.of("programmes", p, "selection", k));
            }
        }
        return List.copyOf(run.issues);
    }

    /** How deep a rule is nested (a leaf is 1), computed without recursion. */
    public static int depth(Rule rule) {
        int deepest = 0;
        Deque<Map.Entry<Rule, Integer>> stack = new ArrayDeque<>();
        stack.push(Map.entry(rule, 1));
        while (!stack.isEmpty()) {
            Map.Entry<Rule, Integer> next = stack.pop();
            deepest = Math.max(deepest, next.getValue());
            for (Rule child : next.getKey().children()) {
                stack.push(Map.entry(child, next.getValue() + 1));
            }
        }
        return deepest;
    }

    private static final class Run {
        private final Framework framework;
        private final List<Issue> issues = new ArrayList<>();
        private final long maxCost;

        Run(Framework framework, long maxCost) {
            this.framework = framework;
            this.maxCost = maxCost;
        }

        private void error(String code, String pointer, String message) {
            issues.add(Issue.error(code, pointer, message));
        }

        void facts() {
            Set<String> seen = new HashSet<>();
            for (FactDefinition fact : framework.facts()) {
                if (!seen.add(fact.name())) {
                    error(Codes.FACT_DUPLICATE, Pointers.of("facts", fact.name()), "fact [" + fact.name()
                            + "] is declared twice");
                }
            }
        }

        /** Depth and cost of each named rule outside a reference cycle, worked out callee first. */
        private final Map<String, long[]> namedMetrics = new HashMap<>();
        /** The members of each set met so far: rules name the same sets many times, and each is resolved once. */
        private final Map<CompetencySet, List<Competency>> resolved = new HashMap<>();
        private final Set<String> inCycles = new HashSet<>();

        void namedMetrics() {
            // Kahn's algorithm over the references: a named rule is measured once all it refers to are.
            Map<String, Integer> waiting = new HashMap<>();
            Map<String, List<String>> usedBy = new HashMap<>();
            Deque<String> ready = new ArrayDeque<>();
            framework.rules().forEach((name, rule) -> {
                int count = 0;
                for (String target : refs(rule)) {
                    if (framework.rules().containsKey(target)) {
                        count++;
                        usedBy.computeIfAbsent(target, key -> new ArrayList<>()).add(name);
                    }
                }
                waiting.put(name, count);
                if (count == 0) {
                    ready.add(name);
                }
            });
            while (!ready.isEmpty()) {
                String name = ready.poll();
                namedMetrics.put(name, metrics(framework.rules().get(name)));
                for (String user : usedBy.getOrDefault(name, List.of())) {
                    if (waiting.merge(user, -1, Integer::sum) == 0) {
                        ready.add(user);
                    }
                }
            }
        }

        /** {depth, cost} of a rule, without recursion; references count their target's depth and cost. */
        private long[] metrics(Rule rule) {
            Map<Rule, long[]> done = new java.util.IdentityHashMap<>();
            Deque<Rule> stack = new ArrayDeque<>();
            stack.push(rule);
            while (!stack.isEmpty()) {
                Rule next = stack.peek();
                List<Rule> inner = next.children();
                boolean pending = false;
                for (Rule child : inner) {
                    if (!done.containsKey(child)) {
                        stack.push(child);
                        pending = true;
                    }
                }
                if (pending) {
                    continue;
                }
                stack.pop();
                long depth = 1;
                long cost = 1 + members(next);
                for (Rule child : inner) {
                    long[] metrics = done.get(child);
                    depth = Math.max(depth, 1 + metrics[0]);
                    cost = saturate(cost + metrics[1]);
                }
                if (next instanceof Rule.Ref ref) {
                    long[] target = namedMetrics.get(ref.name());
                    if (target != null) {
                        depth = Math.max(depth, 1 + target[0]);
                        cost = saturate(cost + target[1]);
                    }
                }
                done.put(next, new long[] {depth, cost});
            }
            return done.get(rule);
        }

        private List<Competency> resolve(CompetencySet set) {
            List<Competency> members = resolved.get(set);
            if (members == null) {
                members = framework.resolve(set);
                resolved.put(set, members);
            }
            return members;
        }

        private long members(Rule rule) {
            if (rule instanceof Rule.Count count) {
                return resolve(count.set()).size();
            }
            if (rule instanceof Rule.LevelOfSet ofSet) {
                return resolve(ofSet.set()).size();
            }
            if (rule instanceof Rule.Balance balance) {
                return resolve(balance.left()).size() + (long) resolve(balance.right()).size();
            }
            if (rule instanceof Rule.EvidenceCount evidence) {
                return resolve(evidence.set()).size();
            }
            if (rule instanceof Rule.StringFact fact) {
                return fact.values().size();
            }
            return 0;
        }

        private static long saturate(long value) {
            return value < 0 || value > Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : value;
        }

        void rule(Rule rule, String pointer) {
            int depth = depth(rule);
            if (depth > MAX_DEPTH) {
                error(Codes.RULE_TOO_DEEP, pointer, "the rule is nested " + depth + " deep, more than the limit of "
                        + MAX_DEPTH + "; split it into named rules");
                return;
            }
            long[] metrics = metrics(rule);
            if (metrics[0] > MAX_DEPTH) {
                error(Codes.RULE_TOO_DEEP, pointer, "counting the named rules it refers to, the rule is nested "
                        + metrics[0] + " deep, more than the limit of " + MAX_DEPTH
                        + "; shorten the chain of references");
            } else if (metrics[1] > maxCost) {
                error(Codes.RULE_TOO_COSTLY, pointer, String.format(java.util.Locale.ROOT, "evaluating the rule once"
                        + " would cost %,d steps (rule nodes and set members, each use of a named rule counted in"
                        + " full), more than the limit of %,d; refer to shared named rules less often",
                        metrics[1] >= Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : metrics[1], maxCost));
            }
            visit(rule, pointer);
        }

        private void visit(Rule rule, String at) {
            if (rule instanceof Rule.Level level) {
                String base = Pointers.append(at, "level");
                Optional<ProficiencyScale> scale = ratedCompetency(level.competency(),
                        Pointers.append(base, "competency"));
                scale.ifPresent(found -> levelOn(found, level.level(), level.competency(),
                        Pointers.append(base, level.comparison().jsonName())));
            } else if (rule instanceof Rule.All all) {
                list(all.rules(), Pointers.append(at, "all"));
            } else if (rule instanceof Rule.Any any) {
                if (any.rules().isEmpty()) {
                    error(Codes.RULE_UNSATISFIABLE, Pointers.append(at, "any"),
                            "\"any\" of no rules can never be met; list at least one rule");
                }
                list(any.rules(), Pointers.append(at, "any"));
            } else if (rule instanceof Rule.Not not) {
                visit(not.rule(), Pointers.append(at, "not"));
            } else if (rule instanceof Rule.AtLeastOf atLeastOf) {
                String base = Pointers.append(at, "atLeastOf");
                if (atLeastOf.n() > atLeastOf.rules().size()) {
                    error(Codes.RULE_UNSATISFIABLE, Pointers.append(base, "n"), "at least " + atLeastOf.n()
                            + " of " + atLeastOf.rules().size() + " rules can never be met");
                }
                list(atLeastOf.rules(), Pointers.append(base, "rules"));
            } else if (rule instanceof Rule.Count count) {
                count(count, at);
            } else if (rule instanceof Rule.LevelOfSet ofSet) {
                String base = Pointers.append(at, ofSet.aggregate() == Rule.Aggregate.MINIMUM ? "minimum" : "mean");
                List<Competency> members = set(ofSet.set(), Pointers.append(base, "set"));
                oneScale(members, Pointers.append(base, "set")).ifPresent(scale ->
                        levelOn(scale, ofSet.level(), null, Pointers.append(base, "atLeast")));
            } else if (rule instanceof Rule.Balance balance) {
                String base = Pointers.append(at, "balance");
                List<Competency> members = new ArrayList<>(set(balance.left(), Pointers.append(base, "left")));
                members.addAll(set(balance.right(), Pointers.append(base, "right")));
                oneScale(members, base);
            } else if (rule instanceof Rule.ProgrammeTaken taken) {
                String pointer = Pointers.append(Pointers.append(at,
                        taken.taken() == Rule.Taken.COMPLETED ? "completed" : "enrolled"), "programme");
                if (framework.programme(taken.programme()).isEmpty()) {
                    error(Codes.RULE_PROGRAMME_UNKNOWN, pointer, "the rule names programme [" + taken.programme()
                            + "], which is not a programme of this framework" + Suggestions.hint(taken.programme(),
                            framework.programmes().stream().map(Programme::id).toList()));
                }
            } else if (rule instanceof Rule.NumberFact fact) {
                fact(fact.fact(), FactDefinition.Type.NUMBER, Pointers.append(Pointers.append(at, "fact"), "name"));
            } else if (rule instanceof Rule.StringFact fact) {
                String base = Pointers.append(at, "factIn");
                Optional<FactDefinition> definition = fact(fact.fact(), FactDefinition.Type.STRING,
                        Pointers.append(base, "name"));
                if (definition.isPresent() && !definition.get().values().isEmpty()) {
                    for (int i = 0; i < fact.values().size(); i++) {
                        String value = fact.values().get(i);
                        if (!definition.get().values().contains(value)) {
                            error(Codes.RULE_FACT_VALUE, Pointers.append(Pointers.append(base, "values"), i),
                                    "fact [" + fact.fact() + "] never takes the value [" + value + "]; its values are "
                                            + definition.get().values());
                        }
                    }
                }
            } else if (rule instanceof Rule.EvidenceCount evidence) {
                set(evidence.set(), Pointers.append(Pointers.append(at, "evidence"), "set"));
            } else if (rule instanceof Rule.Ref ref) {
                if (!framework.rules().containsKey(ref.name())) {
                    error(Codes.RULE_REF_UNKNOWN, Pointers.append(at, "rule"), "the rule refers to the named rule ["
                            + ref.name() + "], which this framework does not define"
                            + Suggestions.hint(ref.name(), framework.rules().keySet()));
                }
            }
        }

        /**
         * A selection key is checked as a rule would be: a fact must be a declared number fact, a set must
         * hold competencies on one scale, and a rule must make sense.
         */
        void selectionKey(SelectionKey key, String at) {
            if (key instanceof SelectionKey.ByFact byFact) {
                String pointer = Pointers.append(Pointers.append(at, "fact"), "name");
                Optional<FactDefinition> definition = framework.fact(byFact.fact());
                if (definition.isEmpty()) {
                    error(Codes.RULE_FACT_UNKNOWN, pointer, "the selection ranks people by fact [" + byFact.fact()
                            + "], which the framework does not declare under \"facts\"" + Suggestions.hint(byFact.fact(),
                            framework.facts().stream().map(FactDefinition::name).toList()));
                } else if (definition.get().type() != FactDefinition.Type.NUMBER) {
                    error(Codes.RULE_FACT_TYPE, pointer, "the selection ranks people by fact [" + byFact.fact()
                            + "], a " + definition.get().type().jsonName() + "; only a number fact can rank them");
                }
            } else if (key instanceof SelectionKey.ByMean byMean) {
                String base = Pointers.append(Pointers.append(at, "mean"), "set");
                oneScale(set(byMean.set(), base), base);
            } else if (key instanceof SelectionKey.ByRule byRule) {
                rule(byRule.rule(), Pointers.append(at, "met"));
            }
        }

        private void list(List<Rule> rules, String base) {
            for (int i = 0; i < rules.size(); i++) {
                visit(rules.get(i), Pointers.append(base, i));
            }
        }

        private void count(Rule.Count count, String at) {
            String form = switch (count.quantifier()) {
                case AT_LEAST -> "count";
                case ALL -> "every";
                case NONE -> "none";
            };
            String base = Pointers.append(at, form);
            List<Competency> members = set(count.set(), Pointers.append(base, "set"));
            List<String> unrated = new ArrayList<>();
            for (Competency member : members) {
                Optional<ProficiencyScale> scale = framework.effectiveScale(member.id());
                if (scale.isEmpty()) {
                    unrated.add(member.id());
                } else {
                    levelOn(scale.get(), count.level(), member.id(), Pointers.append(base, "level"));
                }
            }
            if (!unrated.isEmpty()) {
                error(Codes.RULE_COMPETENCY_NOT_RATED, Pointers.append(base, "set"), "the set holds competencies"
                        + " without a scale, whose level can never be known: " + unrated.stream()
                        .map(id -> "[" + id + "]").collect(Collectors.joining(", ")));
                return;
            }
            if (count.quantifier() == Rule.Quantifier.AT_LEAST && !members.isEmpty()
                    && count.n() > members.size()) {
                error(Codes.RULE_UNSATISFIABLE, Pointers.append(base, "atLeast"), "at least " + count.n()
                        + " competencies are required, but the set holds only " + members.size());
            }
        }

        /** The competency's scale, or empty (with an issue) when it is unknown or not rated. */
        private Optional<ProficiencyScale> ratedCompetency(String id, String pointer) {
            Optional<Competency> competency = framework.competency(id);
            if (competency.isEmpty()) {
                error(Codes.RULE_COMPETENCY_UNKNOWN, pointer, "the rule names competency [" + id
                        + "], which is not a competency of this framework" + Suggestions.hint(id, competencyIds()));
                return Optional.empty();
            }
            retired(competency.get(), pointer);
            Optional<ProficiencyScale> scale = framework.effectiveScale(id);
            if (scale.isEmpty() && competency.get().scale().isEmpty()) {
                error(Codes.RULE_COMPETENCY_NOT_RATED, pointer, "the rule compares the level of competency [" + id
                        + "], but neither it nor any ancestor names a scale to rate it on");
            }
            return scale;
        }

        private void retired(Competency competency, String pointer) {
            if (competency.status() == CompetencyStatus.RETIRED) {
                issues.add(Issue.warning(Codes.RULE_COMPETENCY_RETIRED, pointer, "the rule names competency ["
                        + competency.id() + "], which is retired"
                        + competency.replacedBy().map(r -> "; it is replaced by [" + r + "]").orElse("")));
            }
        }

        private void levelOn(ProficiencyScale scale, String levelId, String competencyId, String pointer) {
            if (scale.level(levelId).isEmpty()) {
                List<String> ids = scale.levelsByRank().stream().map(Level::id).toList();
                String hint = Suggestions.hint(levelId, ids);
                error(Codes.RULE_LEVEL_UNKNOWN, pointer, (competencyId == null ? "" : "competency [" + competencyId
                        + "] is rated on ") + "scale [" + scale.id() + "], which has no level [" + levelId + "]"
                        + (hint.isEmpty() ? "; its levels are " + ids : hint));
            }
        }

        /** The members of a set, after reporting names that do not exist or a set with nothing in it. */
        private List<Competency> set(CompetencySet set, String pointer) {
            boolean unknown = false;
            if (set instanceof CompetencySet.Subtree subtree && framework.competency(subtree.root()).isEmpty()) {
                error(Codes.RULE_SET_UNKNOWN, Pointers.append(pointer, "subtree"), "the set is the subtree below ["
                        + subtree.root() + "], which is not a competency of this framework"
                        + Suggestions.hint(subtree.root(), competencyIds()));
                unknown = true;
            } else if (set instanceof CompetencySet.Tagged tagged && framework.competencies().stream()
                    .noneMatch(competency -> competency.tags().contains(tagged.tag()))) {
                Set<String> tags = framework.competencies().stream().flatMap(c -> c.tags().stream())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                error(Codes.RULE_SET_UNKNOWN, Pointers.append(pointer, "tag"), "no competency has the tag ["
                        + tagged.tag() + "]" + Suggestions.hint(tagged.tag(), tags));
                unknown = true;
            } else if (set instanceof CompetencySet.Listed listed) {
                for (int i = 0; i < listed.ids().size(); i++) {
                    String id = listed.ids().get(i);
                    String at = Pointers.append(Pointers.append(pointer, "competencies"), i);
                    Optional<Competency> competency = framework.competency(id);
                    if (competency.isEmpty()) {
                        error(Codes.RULE_SET_UNKNOWN, at, "the set lists [" + id
                                + "], which is not a competency of this framework" + Suggestions.hint(id, competencyIds()));
                        unknown = true;
                    } else {
                        retired(competency.get(), at);
                    }
                }
            }
            List<Competency> members = resolve(set);
            if (members.isEmpty() && !unknown) {
                error(Codes.RULE_SET_EMPTY, pointer, describe(set) + " holds no active competency with a scale,"
                        + " so the rule says nothing about anyone");
            }
            return members;
        }

        /** The one scale all members are rated on; an issue when they are on several. */
        private Optional<ProficiencyScale> oneScale(List<Competency> members, String pointer) {
            Map<String, ProficiencyScale> scales = new HashMap<>();
            List<String> unrated = new ArrayList<>();
            for (Competency member : members) {
                Optional<ProficiencyScale> scale = framework.effectiveScale(member.id());
                if (scale.isPresent()) {
                    scales.putIfAbsent(scale.get().id(), scale.get());
                } else {
                    unrated.add(member.id());
                }
            }
            if (!unrated.isEmpty()) {
                error(Codes.RULE_COMPETENCY_NOT_RATED, pointer, "the set holds competencies without a scale: "
                        + unrated);
                return Optional.empty();
            }
            if (scales.size() > 1) {
                error(Codes.RULE_SET_MIXED_SCALES, pointer, "the competencies are rated on different scales "
                        + scales.keySet().stream().sorted().toList() + ", whose levels cannot be compared");
                return Optional.empty();
            }
            return scales.values().stream().findFirst();
        }

        private Optional<FactDefinition> fact(String name, FactDefinition.Type type, String pointer) {
            Optional<FactDefinition> definition = framework.fact(name);
            if (definition.isEmpty()) {
                error(Codes.RULE_FACT_UNKNOWN, pointer, "the rule uses fact [" + name
                        + "], which the framework does not declare under \"facts\"" + Suggestions.hint(name,
                        framework.facts().stream().map(FactDefinition::name).toList()));
                return Optional.empty();
            }
            if (definition.get().type() != type) {
                error(Codes.RULE_FACT_TYPE, pointer, "fact [" + name + "] is a " + definition.get().type().jsonName()
                        + ", but the rule uses it as a " + type.jsonName());
                return Optional.empty();
            }
            return definition;
        }

        void referenceCycles() {
            Map<String, Set<String>> references = new HashMap<>();
            framework.rules().forEach((name, rule) -> references.put(name, refs(rule)));
            Map<String, Integer> state = new HashMap<>();
            for (String start : framework.rules().keySet()) {
                if (state.containsKey(start)) {
                    continue;
                }
                List<String> path = new ArrayList<>();
                List<List<String>> pending = new ArrayList<>();
                path.add(start);
                pending.add(new ArrayList<>(references.get(start)));
                state.put(start, 1);
                while (!path.isEmpty()) {
                    List<String> next = pending.get(pending.size() - 1);
                    if (next.isEmpty()) {
                        state.put(path.remove(path.size() - 1), 2);
                        pending.remove(pending.size() - 1);
                        continue;
                    }
                    String target = next.remove(0);
                    if (!references.containsKey(target)) {
                        continue;
                    }
                    Integer seen = state.get(target);
                    if (seen == null) {
                        state.put(target, 1);
                        path.add(target);
                        pending.add(new ArrayList<>(references.get(target)));
                    } else if (seen == 1) {
                        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(target), path.size()));
                        inCycles.addAll(cycle);
                        cycle.add(target);
                        error(Codes.RULE_REF_CYCLE, Pointers.of("rules", target), "named rules refer to each other"
                                + " in a cycle: " + cycle.stream().map(n -> "[" + n + "]")
                                .collect(Collectors.joining(" → ")) + "; evaluating them would never end");
                    }
                }
            }
        }

        private static String describe(CompetencySet set) {
            if (set instanceof CompetencySet.Subtree subtree) {
                return "the subtree below [" + subtree.root() + "]";
            }
            if (set instanceof CompetencySet.Tagged tagged) {
                return "the set of competencies tagged [" + tagged.tag() + "]";
            }
            return "the set " + ((CompetencySet.Listed) set).ids();
        }

        private List<String> competencyIds() {
            return framework.competencies().stream().map(Competency::id).toList();
        }
    }

    /** The names of the named rules a rule refers to, directly (not through those rules). */
    public static Set<String> refs(Rule rule) {
        Set<String> names = new LinkedHashSet<>();
        Deque<Rule> stack = new ArrayDeque<>();
        stack.push(rule);
        while (!stack.isEmpty()) {
            Rule next = stack.pop();
            if (next instanceof Rule.Ref ref) {
                names.add(ref.name());
            }
            next.children().forEach(stack::push);
        }
        return names;
    }
}
