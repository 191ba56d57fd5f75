package org.cadre.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cadre.check.FrameworkChecker;
import org.cadre.model.Competency;
import org.cadre.model.CompetencySet;
import org.cadre.model.FactDefinition;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.model.Rule;
import org.cadre.person.Person;
import org.cadre.report.InvalidDocumentException;
import org.cadre.report.Issue;
import org.cadre.report.Pointers;
import org.cadre.report.Report;

/**
 * A framework compiled for evaluation: checked once, competencies indexed densely, levels turned into
 * positions, every programme's entry and completion rule and every named rule compiled into a tree of
 * small evaluators. Immutable and safe to share between threads: compile once, evaluate many people.
 *
 * <pre>{@code
 * CompiledFramework compiled = CompiledFramework.compile(framework);
 * PersonState state = compiled.state(person, LocalDate.of(2026, 11, 1));
 * Verdict ready = compiled.entry("nhs.mary-seacole").orElseThrow().verdict(state);
 * }</pre>
 */
public final class CompiledFramework {

    private final Framework framework;
    private final String hash;
    /** Competency id to its dense index (the first competency of a repeated id keeps it). */
    private final IdTable indexes;
    private final List<Competency> competencies = new ArrayList<>();
    private final List<List<Level>> levels = new ArrayList<>();
    /** Per competency index, its scale's level ids to positions; one table per scale, shared. */
    private final IdTable[] positions;
    private final Map<String, Node> named = new LinkedHashMap<>();
    private final Map<String, CompiledRule> rules = new LinkedHashMap<>();
    private final Map<String, CompiledRule> entries = new LinkedHashMap<>();
    private final Map<String, CompiledRule> completions = new LinkedHashMap<>();
    /** The programmes with each one before those it leads to; worked out once. */
    private final List<Programme> ladder;
    /** Programme id to the nodes that tell whether a person completed it, or is enrolled in it; made once. */
    private final Map<String, Nodes.ProgrammeNode> completedNodes = new HashMap<>();
    private final Map<String, Nodes.ProgrammeNode> enrolledNodes = new HashMap<>();
    /** Programme id to the ids of the programmes that lead to it directly. */
    private final Map<String, List<String>> ledFrom = new HashMap<>();
    /** Programme id to its index in the framework's list of programmes. */
    private final IdTable programmeIndexes;
    /** Declared fact name to its index in the framework's list of facts. */
    private final IdTable factIndexes;
    /**
     * Per declared fact index, the string values met while compiling (declared values and the values of the
     * framework's string-fact rules) to small ids: a state keeps a fact's id, a node compares ids. Only the
     * constructor adds to them; a rule compiled later with a value not here falls back to comparing strings.
     */
    private final List<Map<String, Integer>> stringValueIds = new ArrayList<>();
    /** The evidence kinds named by the framework's evidence rules, to small ids, in the same way. */
    private final Map<String, Integer> evidenceKindIds = new HashMap<>();
    /**
     * Whether the constructor has finished: the value tables are then fixed. Final, so that every thread sees
     * it set (the constructor's own calls read it before it is assigned, as false).
     */
    private final boolean tablesFixed;
    /** The same tables once fixed, for the look-ups made while states are built. */
    private final IdTable[] stringValueTables;
    private final IdTable evidenceKindTable;
    /** The rating policy's minimum raters per source ordinal (0: the source does not count); never changed. */
    private final int[] minRaters = new int[org.cadre.model.RaterSource.values().length];
    /** The last as-of date asked of {@link #oldestRating} and its answer; replaced whole, never changed. */
    private volatile Window lastWindow;

    private record Window(LocalDate asOf, LocalDate oldest) {
    }

    private CompiledFramework(Framework framework) {
        this.framework = framework;
        this.hash = ContentHash.of(framework);
        framework.ratingPolicy().sources().forEach((source, policy) -> minRaters[source.ordinal()] = policy.minRaters());
        this.programmeIndexes = new IdTable(framework.programmes().stream().map(Programme::id).toList());
        this.factIndexes = new IdTable(framework.facts().stream().map(FactDefinition::name).toList());
        for (FactDefinition fact : framework.facts()) {
            if (factIndexes.get(fact.name()) == stringValueIds.size()) { // the first fact of its name
                Map<String, Integer> ids = new HashMap<>();
                for (String value : fact.values()) {
                    ids.putIfAbsent(value, ids.size());
                }
                stringValueIds.add(ids);
            }
        }
        this.indexes = new IdTable(framework.competencies().stream().map(Competency::id).toList());
        this.positions = new IdTable[indexes.size()];
        Map<String, IdTable> byScale = new HashMap<>();
        for (Competency competency : framework.competencies()) {
            if (indexes.get(competency.id()) == competencies.size()) {
                Optional<ProficiencyScale> scale = framework.effectiveScale(competency.id());
                List<Level> scaleLevels = scale.map(ProficiencyScale::levelsByRank).orElse(List.of());
                positions[competencies.size()] = scale.isEmpty() ? IdTable.EMPTY : byScale.computeIfAbsent(
                        scale.get().id(), id -> new IdTable(scaleLevels.stream().map(Level::id).toList()));
                competencies.add(competency);
                levels.add(scaleLevels);
            }
        }
        // Named rules in an order where every reference is compiled before the rules that use it.
        for (String name : framework.rules().keySet()) {
            compileNamed(name, new ArrayList<>());
        }
        named.forEach((name, node) -> rules.put(name, new CompiledRule(node)));
        for (Programme programme : framework.programmes()) {
            for (String target : programme.leadsTo()) {
                ledFrom.computeIfAbsent(target, key -> new ArrayList<>()).add(programme.id());
            }
        }
        this.ladder = ladderOrder();
        for (Programme programme : framework.programmes()) {
            int index = programmeIndex(programme.id());
            completedNodes.putIfAbsent(programme.id(), new Nodes.ProgrammeNode("", "", programme.id(), programme.id(),
                    Rule.Taken.COMPLETED, Optional.empty(), index));
            enrolledNodes.putIfAbsent(programme.id(), new Nodes.ProgrammeNode("", "", programme.id(), programme.id(),
                    Rule.Taken.ENROLLED, Optional.empty(), index));
        }
        for (int p = 0; p < framework.programmes().size(); p++) {
            Programme programme = framework.programmes().get(p);
            int index = p;
            programme.entry().ifPresent(rule -> entries.put(programme.id(),
                    new CompiledRule(node(rule, Pointers.of("programmes", index, "entry")))));
            programme.completion().ifPresent(rule -> completions.put(programme.id(),
                    new CompiledRule(node(rule, Pointers.of("programmes", index, "completion")))));
        }
        this.stringValueTables = new IdTable[stringValueIds.size()];
        for (int i = 0; i < stringValueTables.length; i++) {
            stringValueTables[i] = table(stringValueIds.get(i));
        }
        this.evidenceKindTable = table(evidenceKindIds);
        tablesFixed = true;
    }

    private void compileNamed(String name, List<String> path) {
        if (named.containsKey(name)) {
            return;
        }
        if (path.contains(name)) {
            throw new IllegalStateException("reference cycle passed the checker: " + path);
        }
        path.add(name);
        Rule rule = framework.rules().get(name);
        for (String reference : org.cadre.check.RuleChecker.refs(rule)) {
            if (framework.rules().containsKey(reference)) {
                compileNamed(reference, path);
            }
        }
        path.remove(path.size() - 1);
        named.put(name, node(rule, Pointers.of("rules", name)));
    }

    /**
     * Checks and compiles a framework. A framework instance already found sound (by the JSON loader, an
     * earlier compile or {@link FrameworkChecker#check(Framework)}) is not checked again; see
     * {@link FrameworkChecker#errors(Framework)}.
     *
     * @throws InvalidDocumentException if the framework has errors (the exception carries the report); load
     *                                  frameworks with the JSON loader, which reports them without throwing
     */
    public static CompiledFramework compile(Framework framework) {
        Objects.requireNonNull(framework, "framework");
        List<Issue> errors = FrameworkChecker.errors(framework);
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(Report.of("framework " + framework.id(), errors));
        }
        return new CompiledFramework(framework);
    }

    /** The framework. */
    public Framework framework() {
        return framework;
    }

    /** The SHA-256 of the framework's content, in hexadecimal: equal frameworks have equal hashes. */
    public String contentHash() {
        return hash;
    }

    /** The person's record at an as-of date, ready for evaluation. */
    public PersonState state(Person person, LocalDate asOf) {
        return new PersonState(this, Objects.requireNonNull(person, "person"), Objects.requireNonNull(asOf, "asOf"));
    }

    /** The compiled entry rule of a programme; empty when the programme is unknown or open to anyone. */
    public Optional<CompiledRule> entry(String programmeId) {
        return Optional.ofNullable(entries.get(programmeId));
    }

    /** The compiled completion rule of a programme; empty when unknown or not stated. */
    public Optional<CompiledRule> completion(String programmeId) {
        return Optional.ofNullable(completions.get(programmeId));
    }

    /** A compiled named rule. */
    public Optional<CompiledRule> rule(String name) {
        return Optional.ofNullable(rules.get(name));
    }

    /**
     * Checks and compiles a rule that is not part of the framework (it may refer to the framework's named
     * rules).
     *
     * @throws InvalidDocumentException if the rule has errors
     */
    public CompiledRule compile(Rule rule) {
        String name = "_rule";
        while (framework.rules().containsKey(name)) {
            name = name + "_";
        }
        Map<String, Rule> withRule = new LinkedHashMap<>(framework.rules());
        withRule.put(name, rule);
        String pointer = Pointers.of("rules", name);
        List<Issue> errors = org.cadre.check.RuleChecker.check(framework.toBuilder().rules(withRule).build())
                .stream().filter(Issue::isError).filter(issue -> issue.pointer().startsWith(pointer)).toList();
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(Report.of("rule", errors));
        }
        return new CompiledRule(node(rule, ""));
    }

    /**
     * Whether the person may enter a programme at the as-of date, with provenance and, if asked, the
     * explanation. A programme without an entry rule is open to anyone: MET.
     *
     * @throws IllegalArgumentException if the framework has no such programme
     */
    public Evaluation evaluateEntry(Person person, String programmeId, LocalDate asOf, boolean explain) {
        Programme programme = framework.programme(programmeId).orElseThrow(() -> new IllegalArgumentException(
                "framework [" + framework.id() + "] has no programme [" + programmeId + "]"));
        PersonState state = state(person, asOf);
        String subject = "entry to " + programme.title() + " [" + programme.id() + "]";
        Optional<CompiledRule> rule = entry(programmeId);
        if (rule.isEmpty()) {
            Explanation open = new Explanation(Verdict.MET, "", "open to anyone", programme.title()
                    + " is open to anyone", List.of(), List.of());
            return evaluation(subject, state, Verdict.MET, List.of(), explain ? Optional.of(open) : Optional.empty());
        }
        if (!explain) {
            Verdict verdict = rule.get().verdict(state);
            List<String> missing = verdict == Verdict.UNKNOWN ? rule.get().explain(state).missing() : List.of();
            return evaluation(subject, state, verdict, missing, Optional.empty());
        }
        Explanation explanation = rule.get().explain(state);
        return evaluation(subject, state, explanation.verdict(), explanation.missing(), Optional.of(explanation));
    }

    /**
     * What stands between a person and a programme's entry rule at a date: the requirements not met or not
     * known, and the smallest set of changes found that would make the rule MET (smallest first). The
     * search is greedy where a rule offers choices (the cheapest alternative of an "any", the cheapest
     * members of an "at least n"), so the set is small but not always the smallest possible. Every set
     * offered has been checked: applied to the record ({@link #apply}), it makes the rule MET. No set is
     * offered when no development can meet the rule, or when the requirements on one competency conflict
     * (at least strong and at most proficient).
     *
     * @throws IllegalArgumentException if the framework has no such programme
     */
    public Gap gap(Person person, String programmeId, LocalDate asOf) {
        framework.programme(programmeId).orElseThrow(() -> new IllegalArgumentException(
                "framework [" + framework.id() + "] has no programme [" + programmeId + "]"));
        Optional<CompiledRule> rule = entry(programmeId);
        if (rule.isEmpty()) {
            return new Gap(programmeId, person.id(), asOf, Verdict.MET, List.of(), Optional.of(List.of()));
        }
        return gap(person, rule.get(), programmeId, asOf);
    }

    /** The gap of any compiled rule; the changes are checked by applying them before they are offered. */
    Gap gap(Person person, CompiledRule rule, String subject, LocalDate asOf) {
        PersonState state = state(person, asOf);
        Explanation explanation = rule.explain(state);
        List<Explanation> unmet = new ArrayList<>();
        collectUnmet(explanation, unmet);
        Optional<List<Change>> changes = rule.root().fix(state, this).map(Fix::sorted)
                .filter(found -> found.isEmpty()
                        || rule.verdict(state(apply(person, found, asOf), asOf)) == Verdict.MET);
        return new Gap(subject, person.id(), asOf, explanation.verdict(), unmet, changes);
    }

    /**
     * The person's record as if the changes had happened at the date: a competency's ratings replaced by
     * ratings at the new level from a source the rating policy counts (as many raters as it needs), a
     * programme completed or enrolled in on the date, a fact set, items of evidence added. Used to check a
     * {@link Gap} and for "what if" questions.
     */
    public Person apply(Person person, List<Change> changes, LocalDate asOf) {
        Person.Builder builder = person.toBuilder();
        List<org.cadre.person.Rating> ratings = new ArrayList<>(person.ratings());
        org.cadre.model.RatingPolicy policy = framework.ratingPolicy();
        Map.Entry<org.cadre.model.RaterSource, org.cadre.model.RatingPolicy.SourcePolicy> source = policy.sources()
                .entrySet().stream().min(java.util.Comparator.comparingInt(
                        (Map.Entry<org.cadre.model.RaterSource, org.cadre.model.RatingPolicy.SourcePolicy> e)
                                -> e.getValue().minRaters()).thenComparing(Map.Entry::getKey))
                .orElse(null);
        for (Change change : changes) {
            switch (change.kind()) {
                case LEVEL -> {
                    if (source == null) {
                        throw new IllegalStateException("the rating policy counts no source, so no rating can count");
                    }
                    ratings.removeIf(rating -> rating.competency().equals(change.target()));
                    for (int i = 0; i < source.getValue().minRaters(); i++) {
                        ratings.add(new org.cadre.person.Rating(change.target(), change.to(), source.getKey(),
                                Optional.of("what-if-" + i), asOf));
                    }
                }
                case COMPLETE_PROGRAMME -> builder.programme(org.cadre.person.ProgrammeRecord.completed(change.target(),
                        asOf));
                case ENROL -> builder.programme(org.cadre.person.ProgrammeRecord.enrolled(change.target(), asOf));
                case NUMBER -> builder.number(change.target(), new java.math.BigDecimal(change.to()));
                case STRING -> builder.string(change.target(), change.to());
                case EVIDENCE -> {
                    for (int i = 0; i < change.count(); i++) {
                        builder.evidence(new org.cadre.person.Evidence(change.target(),
                                change.to().isEmpty() ? "evidence" : change.to(),
                                org.cadre.model.RaterSource.fromJsonName(change.from()), asOf, Optional.empty()));
                    }
                }
            }
        }
        builder.clearRatings();
        ratings.forEach(builder::rating);
        return builder.build();
    }

    private static void collectUnmet(Explanation node, List<Explanation> into) {
        if (node.verdict() == Verdict.MET) {
            return;
        }
        List<Explanation> failing = node.children().stream().filter(c -> c.verdict() != Verdict.MET).toList();
        if (failing.isEmpty()) {
            into.add(node);
        } else {
            failing.forEach(child -> collectUnmet(child, into));
        }
    }

    /**
     * Where a person stands on every programme of the ladder at a date, and the programmes they could
     * start next, in ladder order: eligible, not completed, not enrolled, and not below a programme they
     * completed or are enrolled in (a rung that leads, directly or not, to one they have reached).
     */
    public Progression progression(Person person, LocalDate asOf) {
        PersonState state = state(person, asOf);
        List<Progression.Rung> rungs = new ArrayList<>();
        List<String> next = new ArrayList<>();
        java.util.Set<String> below = below(state);
        for (Programme programme : ladder) {
            Verdict entryVerdict = entry(programme.id()).map(rule -> rule.verdict(state)).orElse(Verdict.MET);
            Progression.Status status;
            if (taken(state, programme.id(), Rule.Taken.COMPLETED)) {
                status = Progression.Status.COMPLETED;
            } else if (taken(state, programme.id(), Rule.Taken.ENROLLED)) {
                status = Progression.Status.ENROLLED;
            } else {
                status = switch (entryVerdict) {
                    case MET -> Progression.Status.ELIGIBLE;
                    case NOT_MET -> Progression.Status.NOT_YET_ELIGIBLE;
                    case UNKNOWN -> Progression.Status.UNKNOWN;
                };
                if (status == Progression.Status.ELIGIBLE && !below.contains(programme.id())) {
                    next.add(programme.id());
                }
            }
            rungs.add(new Progression.Rung(programme.id(), programme.title(), status, entryVerdict));
        }
        return new Progression(person.id(), asOf, rungs, next);
    }

    /** The programmes that lead, directly or not, to one the person completed or is enrolled in. */
    private java.util.Set<String> below(PersonState state) {
        java.util.Set<String> below = new java.util.HashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>();
        for (Programme programme : framework.programmes()) {
            if (taken(state, programme.id(), Rule.Taken.COMPLETED) || taken(state, programme.id(), Rule.Taken.ENROLLED)) {
                todo.add(programme.id());
            }
        }
        while (!todo.isEmpty()) {
            for (String lower : ledFrom.getOrDefault(todo.poll(), List.of())) {
                if (below.add(lower)) {
                    todo.add(lower);
                }
            }
        }
        return below;
    }

    private boolean taken(PersonState state, String programmeId, Rule.Taken taken) {
        Nodes.ProgrammeNode node = (taken == Rule.Taken.COMPLETED ? completedNodes : enrolledNodes).get(programmeId);
        return node.verdict(state) == Verdict.MET;
    }

    /** The programmes with each one before those it leads to; document order where the ladder allows. */
    private List<Programme> ladderOrder() {
        List<Programme> ordered = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        Map<String, Integer> waitingFor = new HashMap<>();
        for (Programme programme : framework.programmes()) {
            waitingFor.putIfAbsent(programme.id(), 0);
            for (String target : programme.leadsTo()) {
                waitingFor.merge(target, 1, Integer::sum);
            }
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Programme programme : framework.programmes()) {
                if (!placed.contains(programme.id()) && waitingFor.getOrDefault(programme.id(), 0) == 0) {
                    placed.add(programme.id());
                    ordered.add(programme);
                    programme.leadsTo().forEach(target -> waitingFor.merge(target, -1, Integer::sum));
                    progress = true;
                    break;
                }
            }
        }
        return List.copyOf(ordered);
    }

    private Evaluation evaluation(String subject, PersonState state, Verdict verdict, List<String> missing,
                                  Optional<Explanation> explanation) {
        return new Evaluation(subject, state.person().id(), state.asOf(), framework.id(), framework.version(), hash,
                verdict, missing, explanation);
    }

    int size() {
        return competencies.size();
    }

    /** The number of distinct programme ids. */
    int programmeCount() {
        return programmeIndexes.size();
    }

    /** The index of a programme, or -1 when the framework has none by that id. */
    int programmeIndex(String programmeId) {
        return programmeIndexes.get(programmeId);
    }

    /** The number of distinct declared facts. */
    int factCount() {
        return factIndexes.size();
    }

    /** The index of a declared fact, or -1. */
    int factIndex(String name) {
        return factIndexes.get(name);
    }

    /**
     * The earliest date a rating may have and still count at {@code asOf}: the rating policy's validity
     * window back from it, or {@link LocalDate#MIN} without a window. The last answer is kept, since a
     * cohort is usually judged at one date.
     */
    LocalDate oldestRating(LocalDate asOf) {
        Window last = lastWindow;
        if (last != null && last.asOf().equals(asOf)) {
            return last.oldest();
        }
        Optional<Integer> months = framework.ratingPolicy().validityMonths();
        LocalDate oldest = months.isPresent() ? asOf.minusMonths(months.get()) : LocalDate.MIN;
        lastWindow = new Window(asOf, oldest);
        return oldest;
    }

    /**
     * The id of a string value of declared fact {@code factIndex}: {@link #OTHER_VALUE} for a value no rule of
     * the framework names. While compiling the framework, {@code register} adds the value when it is new.
     */
    int stringValueId(int factIndex, String value, boolean register) {
        if (tablesFixed) {
            int id = stringValueTables[factIndex].get(value);
            return id < 0 ? OTHER_VALUE : id;
        }
        return register(stringValueIds.get(factIndex), value, register);
    }

    /** The id of an evidence kind, or {@link #OTHER_VALUE}; registered like {@link #stringValueId}. */
    int evidenceKindId(String kind, boolean register) {
        if (tablesFixed) {
            int id = evidenceKindTable.get(kind);
            return id < 0 ? OTHER_VALUE : id;
        }
        return register(evidenceKindIds, kind, register);
    }

    /** While compiling: the id of a value in a table being made, added when new if asked. */
    private static int register(Map<String, Integer> ids, String value, boolean register) {
        Integer id = ids.get(value);
        if (id == null && register) {
            id = ids.size();
            ids.put(value, id);
        }
        return id == null ? OTHER_VALUE : id;
    }

    /** A table being made, fixed as an {@link IdTable} (its ids are in the order they were given). */
    private static IdTable table(Map<String, Integer> ids) {
        String[] byId = new String[ids.size()];
        ids.forEach((value, id) -> byId[id] = value);
        return new IdTable(List.of(byId));
    }

    /** Whether any evidence kind has an id (else a state need not look its evidence kinds up). */
    boolean hasEvidenceKinds() {
        return evidenceKindTable.size() > 0;
    }

    /** The id of a value that no rule of the framework compares with: it matches no interned value. */
    static final int OTHER_VALUE = -2;

    /** Per rater source ordinal, the raters the rating policy needs from it; 0 when the source does not count. */
    int[] minRaters() {
        return minRaters;
    }

    /** The dense index of a competency, or -1 when the framework has none by that id. */
    int index(String competencyId) {
        return indexes.get(competencyId);
    }

    List<Level> levels(int index) {
        return levels.get(index);
    }

    /** The position of a level on competency {@code index}'s scale (0 is the lowest), or -1 when not on it. */
    int position(int index, String levelId) {
        return positions[index].get(levelId);
    }

    private Nodes.Member member(String competencyId) {
        int index = index(competencyId);
        return new Nodes.Member(index, competencyId, competencies.get(index).title(), levels.get(index));
    }

    private List<Nodes.Member> members(CompetencySet set) {
        return framework.resolve(set).stream().map(competency -> member(competency.id())).toList();
    }

    private Node node(Rule rule, String pointer) {
        String text = RuleText.render(rule, framework);
        if (rule instanceof Rule.Level level) {
            Nodes.Member member = member(level.competency());
            return new Nodes.LevelNode(pointer, text, member, level.comparison(),
                    position(member.index(), level.level()));
        }
        if (rule instanceof Rule.All all) {
            return new Nodes.CombineNode(pointer, text, "all", children(all.rules(), Pointers.append(pointer, "all")),
                    all.rules().size());
        }
        if (rule instanceof Rule.Any any) {
            return new Nodes.CombineNode(pointer, text, "any", children(any.rules(), Pointers.append(pointer, "any")),
                    1);
        }
        if (rule instanceof Rule.Not not) {
            return new Nodes.NotNode(pointer, text, node(not.rule(), Pointers.append(pointer, "not")));
        }
        if (rule instanceof Rule.AtLeastOf atLeastOf) {
            String base = Pointers.append(Pointers.append(pointer, "atLeastOf"), "rules");
            return new Nodes.CombineNode(pointer, text, "atLeastOf", children(atLeastOf.rules(), base), atLeastOf.n());
        }
        if (rule instanceof Rule.Count count) {
            List<Nodes.Member> members = members(count.set());
            int[] thresholds = new int[members.size()];
            for (int i = 0; i < thresholds.length; i++) {
                thresholds[i] = position(members.get(i).index(), count.level());
            }
            String label = members.isEmpty() ? count.level()
                    : members.get(0).levels().get(thresholds[0]).label();
            return new Nodes.CountNode(pointer, text, members, count.quantifier(), count.n(), thresholds, label);
        }
        if (rule instanceof Rule.LevelOfSet ofSet) {
            List<Nodes.Member> members = members(ofSet.set());
            return new Nodes.LevelOfSetNode(pointer, text, members, ofSet.aggregate(),
                    position(members.get(0).index(), ofSet.level()));
        }
        if (rule instanceof Rule.Balance balance) {
            return new Nodes.BalanceNode(pointer, text, members(balance.left()), members(balance.right()),
                    balance.within());
        }
        if (rule instanceof Rule.ProgrammeTaken taken) {
            String title = framework.programme(taken.programme()).map(Programme::title).orElse(taken.programme());
            return new Nodes.ProgrammeNode(pointer, text, taken.programme(), title, taken.taken(),
                    taken.withinMonths(), programmeIndex(taken.programme()));
        }
        if (rule instanceof Rule.NumberFact fact) {
            String unit = framework.fact(fact.fact()).flatMap(FactDefinition::unit).map(u -> " " + u).orElse("");
            return new Nodes.NumberNode(pointer, text, fact.fact(), fact.comparison(), fact.value(), unit,
                    factIndex(fact.fact()));
        }
        if (rule instanceof Rule.StringFact fact) {
            int factIndex = factIndex(fact.fact());
            int[] ids = new int[fact.values().size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = factIndex < 0 ? OTHER_VALUE : stringValueId(factIndex, fact.values().get(i), true);
            }
            return new Nodes.StringNode(pointer, text, fact.fact(), fact.values(), factIndex, ids);
        }
        if (rule instanceof Rule.EvidenceCount evidence) {
            int[] kindIds = new int[evidence.kinds().size()];
            for (int i = 0; i < kindIds.length; i++) {
                kindIds[i] = evidenceKindId(evidence.kinds().get(i), true);
            }
            return new Nodes.EvidenceNode(pointer, text, members(evidence.set()), evidence.n(), evidence.kinds(),
                    kindIds, evidence.sources(), evidence.withinMonths());
        }
        Rule.Ref ref = (Rule.Ref) rule;
        return new Nodes.RefNode(pointer, text, ref.name(), named.get(ref.name()));
    }

    private List<Node> children(List<Rule> rules, String base) {
        List<Node> nodes = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            nodes.add(node(rules.get(i), Pointers.append(base, i)));
        }
        return nodes;
    }

    @Override
    public String toString() {
        return "CompiledFramework[" + framework.id() + " " + framework.version() + ", " + hash.substring(0, 12) + "]";
    }
}
