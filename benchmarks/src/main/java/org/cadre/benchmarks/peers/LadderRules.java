package org.cadre.benchmarks.peers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cadre.model.Competency;
import org.cadre.model.CompetencySet;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.Programme;
import org.cadre.model.Rule;

/**
 * The rules every engine of {@code RulesBenchmark} evaluates, and their translation into each peer's
 * language: CEL, MVEL (also used by Easy Rules) and JsonLogic.
 *
 * <p>The rule set is the NHS ladder's: the entry rule of every programme that has one (k of n over the
 * nine dimensions, a balance, completed programmes, numeric and string facts) and the completion rules that
 * count evidence — eight rules in document order. The peers get the same logic, translated mechanically
 * from the same {@link Rule} data, so that a mistake in one translation cannot hide behind a hand-written
 * expression. Every translated expression returns a three-valued answer as a number:
 * {@link #MET} 0, {@link #UNKNOWN} 1, {@link #NOT_MET} 2, so that Kleene's "and" is the maximum and
 * "or" the minimum.
 *
 * <p>The peers' input, built by {@link PeerInput}, has these names: {@code lv} the list of the nine
 * dimensions' level positions (0 = lowest, -1 = not assessed under the rating policy), {@code num} and
 * {@code str} the number and string facts (absent when not recorded), {@code done} the ids of the
 * programmes completed by the as-of date, and {@code ev} the evidence items, each with {@code competency},
 * {@code kind} and {@code day} (its epoch day). Evidence windows ("within 12 months") are days computed
 * from the as-of date when the rules are translated: the programs are compiled for one as-of date.
 *
 * <p>Only the parts of the rule language that the NHS ladder uses are translated; anything else throws
 * {@link UnsupportedOperationException}.
 */
public final class LadderRules {

    /** Three-valued answers as numbers: "and" is the maximum, "or" the minimum. */
    public static final int MET = 0;
    public static final int UNKNOWN = 1;
    public static final int NOT_MET = 2;

    private final Framework framework;
    private final LocalDate asOf;
    private final List<String> dimensions;
    private final int top;
    private final Map<String, Rule> rules;

    private LadderRules(Framework framework, LocalDate asOf) {
        this.framework = framework;
        this.asOf = asOf;
        this.dimensions = framework.children(framework.roots().get(0).id()).stream().map(Competency::id).toList();
        this.top = framework.effectiveScale(dimensions.get(0)).orElseThrow().levels().size() - 1;
        Map<String, Rule> found = new LinkedHashMap<>();
        for (Programme programme : framework.programmes()) {
            programme.entry().ifPresent(rule -> found.put(programme.id() + "#entry", rule));
        }
        for (Programme programme : framework.programmes()) {
            programme.completion().ifPresent(rule -> {
                if (mentionsEvidence(rule)) {
                    found.put(programme.id() + "#completion", rule);
                }
            });
        }
        this.rules = found;
    }

    /** The ladder's rules for a framework shaped like the NHS one, judged at {@code asOf}. */
    public static LadderRules of(Framework framework, LocalDate asOf) {
        return new LadderRules(framework, asOf);
    }

    /** The rules by name ({@code programme#entry} or {@code programme#completion}), in a fixed order. */
    public Map<String, Rule> rules() {
        return rules;
    }

    /** The ids of the dimensions, in the order of {@code lv}. */
    public List<String> dimensions() {
        return dimensions;
    }

    /** The rules translated into CEL, in {@link #rules()} order. */
    public List<String> cel() {
        return translate(rule -> new Cel().code(rule));
    }

    /** The rules translated into MVEL, in {@link #rules()} order. */
    public List<String> mvel() {
        return translate(rule -> new Mvel().code(rule));
    }

    /** The rules translated into JsonLogic (JSON text), in {@link #rules()} order. */
    public List<String> jsonLogic() {
        return translate(rule -> new JsonLogic().code(rule));
    }

    private List<String> translate(Function<Rule, String> translator) {
        List<String> out = new ArrayList<>();
        rules.values().forEach(rule -> out.add(translator.apply(rule)));
        return List.copyOf(out);
    }

    private boolean mentionsEvidence(Rule rule) {
        if (rule instanceof Rule.EvidenceCount) {
            return true;
        }
        if (rule instanceof Rule.Ref ref) {
            return mentionsEvidence(framework.rules().get(ref.name()));
        }
        return rule.children().stream().anyMatch(this::mentionsEvidence);
    }

    // ---- what every translation needs ----------------------------------------------------------------------

    private int index(String competency) {
        int index = dimensions.indexOf(competency);
        if (index < 0) {
            throw new UnsupportedOperationException("not one of the nine dimensions: " + competency);
        }
        return index;
    }

    private List<Integer> members(CompetencySet set) {
        return framework.resolve(set).stream().map(Competency::id).map(this::index).toList();
    }

    private List<String> memberIds(CompetencySet set) {
        return framework.resolve(set).stream().map(Competency::id).toList();
    }

    private int position(String competency, String level) {
        List<Level> levels = framework.effectiveScale(competency).orElseThrow().levelsByRank();
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).id().equals(level)) {
                return i;
            }
        }
        throw new UnsupportedOperationException("no level " + level + " on the scale of " + competency);
    }

    private int threshold(CompetencySet set, String level) {
        return position(framework.resolve(set).get(0).id(), level);
    }

    private static boolean allOf(List<Integer> members, int size) {
        if (members.size() != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (members.get(i) != i) {
                return false;
            }
        }
        return true;
    }

    private static int needed(Rule.Count count, int members) {
        return switch (count.quantifier()) {
            case AT_LEAST -> count.n();
            case ALL -> members;
            case NONE -> throw new UnsupportedOperationException("'none' is not used by the ladder");
        };
    }

    private long evidenceFrom(Optional<Integer> withinMonths) {
        return withinMonths.map(months -> asOf.minusMonths(months).toEpochDay()).orElse(Long.MIN_VALUE);
    }

    private static String number(BigDecimal value) {
        return value.toPlainString().contains(".") ? value.toPlainString() : value.toPlainString() + ".0";
    }

    /** The parts of one language; each rule kind is written once, in {@link #code(Rule)}. */
    private abstract class Language {

        String code(Rule rule) {
            if (rule instanceof Rule.All all) {
                return greatest(all.rules().stream().map(this::code).toList());
            }
            if (rule instanceof Rule.Any any) {
                return least(any.rules().stream().map(this::code).toList());
            }
            if (rule instanceof Rule.Ref ref) {
                return code(framework.rules().get(ref.name()));
            }
            if (rule instanceof Rule.Count count) {
                List<Integer> members = members(count.set());
                int threshold = threshold(count.set(), count.level());
                return count(members, threshold, needed(count, members.size()));
            }
            if (rule instanceof Rule.Balance balance) {
                List<Integer> left = members(balance.left());
                List<Integer> right = members(balance.right());
                if (left.size() != 1 || right.size() != 1 || 2 * balance.within() >= top) {
                    throw new UnsupportedOperationException("only a balance of two competencies, within less"
                            + " than half the scale, is translated");
                }
                // With one unassessed side the two could be any distance apart: unknown.
                return balance(left.get(0), right.get(0), balance.within());
            }
            if (rule instanceof Rule.ProgrammeTaken taken) {
                if (taken.taken() != Rule.Taken.COMPLETED || taken.withinMonths().isPresent()) {
                    throw new UnsupportedOperationException("only 'completed' without a window is translated");
                }
                return completed(taken.programme());
            }
            if (rule instanceof Rule.NumberFact fact) {
                String operator = switch (fact.comparison()) {
                    case AT_LEAST -> ">=";
                    case AT_MOST -> "<=";
                    case MORE_THAN -> ">";
                    case LESS_THAN -> "<";
                    case EXACTLY -> "==";
                };
                return numberFact(fact.fact(), operator, number(fact.value()));
            }
            if (rule instanceof Rule.StringFact fact) {
                return stringFact(fact.fact(), fact.values());
            }
            if (rule instanceof Rule.EvidenceCount evidence) {
                if (!evidence.sources().isEmpty()) {
                    throw new UnsupportedOperationException("evidence sources are not translated");
                }
                return evidence(memberIds(evidence.set()), evidence.kinds(), evidenceFrom(evidence.withinMonths()),
                        asOf.toEpochDay(), evidence.n());
            }
            throw new UnsupportedOperationException("not translated: " + rule.getClass().getSimpleName());
        }

        abstract String greatest(List<String> codes);

        abstract String least(List<String> codes);

        abstract String count(List<Integer> members, int threshold, int needed);

        abstract String balance(int left, int right, int within);

        abstract String completed(String programme);

        abstract String numberFact(String fact, String operator, String value);

        abstract String stringFact(String fact, List<String> values);

        abstract String evidence(List<String> competencies, List<String> kinds, long fromDay, long toDay, int n);
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String quotedList(List<String> values) {
        return "[" + String.join(", ", values.stream().map(LadderRules::quoted).toList()) + "]";
    }

    /** Common Expression Language, with the math and bindings extensions. */
    private final class Cel extends Language {

        @Override
        String greatest(List<String> codes) {
            return codes.size() == 1 ? codes.get(0) : "math.greatest(" + String.join(", ", codes) + ")";
        }

        @Override
        String least(List<String> codes) {
            return codes.size() == 1 ? codes.get(0) : "math.least(" + String.join(", ", codes) + ")";
        }

        private String list(List<Integer> members) {
            return allOf(members, dimensions.size()) ? "lv"
                    : "[" + String.join(", ", members.stream().map(i -> "lv[" + i + "]").toList()) + "]";
        }

        @Override
        String count(List<Integer> members, int threshold, int needed) {
            String list = list(members);
            return "cel.bind(met, " + list + ".filter(x, x >= " + threshold + ").size(), met >= " + needed
                    + " ? 0 : met + " + list + ".filter(x, x < 0).size() < " + needed + " ? 2 : 1)";
        }

        @Override
        String balance(int left, int right, int within) {
            return "lv[" + left + "] < 0 || lv[" + right + "] < 0 ? 1 : lv[" + left + "] - lv[" + right + "] <= "
                    + within + " && lv[" + right + "] - lv[" + left + "] <= " + within + " ? 0 : 2";
        }

        @Override
        String completed(String programme) {
            return "(" + quoted(programme) + " in done ? 0 : 2)";
        }

        @Override
        String numberFact(String fact, String operator, String value) {
            return "(" + quoted(fact) + " in num ? (num[" + quoted(fact) + "] " + operator + " " + value
                    + " ? 0 : 2) : 1)";
        }

        @Override
        String stringFact(String fact, List<String> values) {
            return "(" + quoted(fact) + " in str ? (str[" + quoted(fact) + "] in " + quotedList(values)
                    + " ? 0 : 2) : 1)";
        }

        @Override
        String evidence(List<String> competencies, List<String> kinds, long fromDay, long toDay, int n) {
            String kind = kinds.isEmpty() ? "" : " && e.kind in " + quotedList(kinds);
            String from = fromDay == Long.MIN_VALUE ? "" : " && e.day >= " + fromDay;
            return "(ev.filter(e, e.competency in " + quotedList(competencies) + kind + from + " && e.day <= "
                    + toDay + ").size() >= " + n + " ? 0 : 2)";
        }
    }

    /** MVEL 2 expressions (no assignments: the variables are the caller's map). */
    private final class Mvel extends Language {

        @Override
        String greatest(List<String> codes) {
            String out = codes.get(codes.size() - 1);
            for (int i = codes.size() - 2; i >= 0; i--) {
                out = "Math.max(" + codes.get(i) + ", " + out + ")";
            }
            return out;
        }

        @Override
        String least(List<String> codes) {
            String out = codes.get(codes.size() - 1);
            for (int i = codes.size() - 2; i >= 0; i--) {
                out = "Math.min(" + codes.get(i) + ", " + out + ")";
            }
            return out;
        }

        private String list(List<Integer> members) {
            return allOf(members, dimensions.size()) ? "lv"
                    : "[" + String.join(", ", members.stream().map(i -> "lv[" + i + "]").toList()) + "]";
        }

        @Override
        String count(List<Integer> members, int threshold, int needed) {
            String list = list(members);
            // MVEL's projection with a filter: ($ in list if condition) is the list of the matching items.
            return "(($ in " + list + " if $ >= " + threshold + ").size() >= " + needed + " ? 0 : ($ in " + list
                    + " if $ >= " + threshold + " || $ < 0).size() < " + needed + " ? 2 : 1)";
        }

        @Override
        String balance(int left, int right, int within) {
            return "(lv[" + left + "] < 0 || lv[" + right + "] < 0 ? 1 : Math.abs(lv[" + left + "] - lv[" + right
                    + "]) <= " + within + " ? 0 : 2)";
        }

        @Override
        String completed(String programme) {
            return "(done contains " + quoted(programme) + " ? 0 : 2)";
        }

        @Override
        String numberFact(String fact, String operator, String value) {
            return "(num[" + quoted(fact) + "] == null ? 1 : num[" + quoted(fact) + "] " + operator + " " + value
                    + " ? 0 : 2)";
        }

        @Override
        String stringFact(String fact, List<String> values) {
            return "(str[" + quoted(fact) + "] == null ? 1 : " + quotedList(values) + " contains str["
                    + quoted(fact) + "] ? 0 : 2)";
        }

        @Override
        String evidence(List<String> competencies, List<String> kinds, long fromDay, long toDay, int n) {
            String kind = kinds.isEmpty() ? "" : " && " + quotedList(kinds) + " contains $.kind";
            String from = fromDay == Long.MIN_VALUE ? "" : " && $.day >= " + fromDay;
            return "(($ in ev if " + quotedList(competencies) + " contains $.competency" + kind + from
                    + " && $.day <= " + toDay + ").size() >= " + n + " ? 0 : 2)";
        }
    }

    /** JsonLogic (jsonlogic.com), written as JSON text. */
    private final class JsonLogic extends Language {

        private String string(String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }

        private String strings(List<String> values) {
            return "[" + String.join(",", values.stream().map(this::string).toList()) + "]";
        }

        private String ifThen(String condition, String then, String otherwise) {
            return "{\"if\":[" + condition + "," + then + "," + otherwise + "]}";
        }

        @Override
        String greatest(List<String> codes) {
            return codes.size() == 1 ? codes.get(0) : "{\"max\":[" + String.join(",", codes) + "]}";
        }

        @Override
        String least(List<String> codes) {
            return codes.size() == 1 ? codes.get(0) : "{\"min\":[" + String.join(",", codes) + "]}";
        }

        private String list(List<Integer> members) {
            return allOf(members, dimensions.size()) ? "{\"var\":\"lv\"}"
                    : "[" + String.join(",", members.stream().map(i -> "{\"var\":\"lv." + i + "\"}").toList()) + "]";
        }

        /** How many items of a list meet a condition on {@code current}: a reduce, JsonLogic has no length. */
        private String howMany(String list, String condition) {
            return "{\"reduce\":[" + list + ",{\"+\":[{\"var\":\"accumulator\"}," + ifThen(condition, "1", "0")
                    + "]},0]}";
        }

        @Override
        String count(List<Integer> members, int threshold, int needed) {
            String list = list(members);
            String met = howMany(list, "{\">=\":[{\"var\":\"current\"}," + threshold + "]}");
            String open = howMany(list, "{\"or\":[{\">=\":[{\"var\":\"current\"}," + threshold
                    + "]},{\"<\":[{\"var\":\"current\"},0]}]}");
            return ifThen("{\">=\":[" + met + "," + needed + "]}", "0",
                    ifThen("{\"<\":[" + open + "," + needed + "]}", "2", "1"));
        }

        @Override
        String balance(int left, int right, int within) {
            String l = "{\"var\":\"lv." + left + "\"}";
            String r = "{\"var\":\"lv." + right + "\"}";
            return ifThen("{\"or\":[{\"<\":[" + l + ",0]},{\"<\":[" + r + ",0]}]}", "1",
                    ifThen("{\"and\":[{\"<=\":[{\"-\":[" + l + "," + r + "]}," + within + "]},{\"<=\":[{\"-\":["
                            + r + "," + l + "]}," + within + "]}]}", "0", "2"));
        }

        @Override
        String completed(String programme) {
            return ifThen("{\"in\":[" + string(programme) + ",{\"var\":\"done\"}]}", "0", "2");
        }

        @Override
        String numberFact(String fact, String operator, String value) {
            String path = "num." + fact;
            return ifThen("{\"missing\":[" + string(path) + "]}", "1",
                    ifThen("{\"" + operator + "\":[{\"var\":" + string(path) + "}," + value + "]}", "0", "2"));
        }

        @Override
        String stringFact(String fact, List<String> values) {
            String path = "str." + fact;
            return ifThen("{\"missing\":[" + string(path) + "]}", "1",
                    ifThen("{\"in\":[{\"var\":" + string(path) + "}," + strings(values) + "]}", "0", "2"));
        }

        @Override
        String evidence(List<String> competencies, List<String> kinds, long fromDay, long toDay, int n) {
            List<String> conditions = new ArrayList<>();
            conditions.add("{\"in\":[{\"var\":\"current.competency\"}," + strings(competencies) + "]}");
            if (!kinds.isEmpty()) {
                conditions.add("{\"in\":[{\"var\":\"current.kind\"}," + strings(kinds) + "]}");
            }
            if (fromDay != Long.MIN_VALUE) {
                conditions.add("{\">=\":[{\"var\":\"current.day\"}," + fromDay + "]}");
            }
            conditions.add("{\"<=\":[{\"var\":\"current.day\"}," + toDay + "]}");
            String counted = howMany("{\"var\":\"ev\"}", "{\"and\":[" + String.join(",", conditions) + "]}");
            return ifThen("{\">=\":[" + counted + "," + n + "]}", "0", "2");
        }
    }
}
