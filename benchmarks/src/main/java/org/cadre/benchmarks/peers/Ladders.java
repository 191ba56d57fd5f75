package org.cadre.benchmarks.peers;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeBuilder;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.Program;
import io.github.jamsesso.jsonlogic.JsonLogic;
import io.github.jamsesso.jsonlogic.JsonLogicException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.evaluation.CompiledRule;
import org.cadre.evaluation.PersonState;
import org.cadre.evaluation.Verdict;
import org.cadre.model.Framework;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.mvel.MVELRule;
import org.mvel2.MVEL;

/**
 * Every engine of {@code RulesBenchmark}, each holding the eight rules of {@link LadderRules} compiled once
 * and a pool of people prepared once in the engine's natural input form. {@code ladder(p)} evaluates the
 * eight rules for person p and packs the answers base 3 ({@link LadderRules#MET} 0, {@link LadderRules#UNKNOWN}
 * 1, {@link LadderRules#NOT_MET} 2; rule 0 the most significant), so that the benchmark consumes one
 * {@code int} per person whatever the engine and the equivalence test can compare rule by rule
 * ({@link LadderByHand#answer}).
 */
public final class Ladders {

    private Ladders() {
    }

    /** The number of rules every engine evaluates per person. */
    public static final int RULES = LadderByHand.RULES;

    /** Cadre's verdicts as the numbers the peers use. */
    public static int code(Verdict verdict) {
        return switch (verdict) {
            case MET -> LadderRules.MET;
            case UNKNOWN -> LadderRules.UNKNOWN;
            case NOT_MET -> LadderRules.NOT_MET;
        };
    }

    private static int code(Object result) {
        return ((Number) result).intValue();
    }

    /** Cadre: the compiled framework's entry and completion rules over prepared {@link PersonState}s. */
    public static final class Cadre {
        private final CompiledRule[] rules;
        private final PersonState[] pool;
        private final int[] codes = {LadderRules.MET, LadderRules.NOT_MET, LadderRules.UNKNOWN};

        public Cadre(CompiledFramework compiled, List<PersonState> pool) {
            LadderRules ladder = LadderRules.of(compiled.framework(), pool.get(0).asOf());
            List<CompiledRule> found = new ArrayList<>();
            for (String name : ladder.rules().keySet()) {
                String programme = name.substring(0, name.indexOf('#'));
                found.add((name.endsWith("#entry") ? compiled.entry(programme) : compiled.completion(programme))
                        .orElseThrow());
            }
            this.rules = found.toArray(new CompiledRule[0]);
            this.pool = pool.toArray(new PersonState[0]);
            if (codes[Verdict.MET.ordinal()] != LadderRules.MET || codes[Verdict.NOT_MET.ordinal()] != LadderRules.NOT_MET
                    || codes[Verdict.UNKNOWN.ordinal()] != LadderRules.UNKNOWN) {
                throw new IllegalStateException("Verdict's order changed");
            }
        }

        /** Fast verdicts ({@link CompiledRule#verdict}). */
        public int ladder(int p) {
            return ladder(pool[p]);
        }

        /** Fast verdicts of any person's state. */
        public int ladder(PersonState state) {
            int packed = 0;
            for (CompiledRule rule : rules) {
                packed = packed * 3 + codes[rule.verdict(state).ordinal()];
            }
            return packed;
        }

        /** Explained verdicts ({@link CompiledRule#explain}): a tree with sentences per rule. */
        public int explained(int p) {
            PersonState state = pool[p];
            int packed = 0;
            for (CompiledRule rule : rules) {
                packed = packed * 3 + codes[rule.explain(state).verdict().ordinal()];
            }
            return packed;
        }
    }

    /** Google CEL: one compiled, type-checked program per rule, evaluated on a map of the person. */
    public static final class Cel {
        private final Program[] programs;
        private final Map<String, ?>[] pool;

        /**
         * @param planner {@code true} for CEL's newer planner runtime, {@code false} for its standard one
         */
        public Cel(LadderRules ladder, List<Map<String, Object>> pool, boolean planner) {
            CelCompiler compiler = CelCompilerFactory.standardCelCompilerBuilder()
                    .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                    .addVar("lv", ListType.create(SimpleType.INT))
                    .addVar("num", MapType.create(SimpleType.STRING, SimpleType.DOUBLE))
                    .addVar("str", MapType.create(SimpleType.STRING, SimpleType.STRING))
                    .addVar("done", ListType.create(SimpleType.STRING))
                    .addVar("ev", ListType.create(MapType.create(SimpleType.STRING, SimpleType.DYN)))
                    .addLibraries(CelExtensions.math(), CelExtensions.bindings())
                    .setResultType(SimpleType.INT)
                    .build();
            CelRuntimeBuilder builder = planner ? CelRuntimeFactory.plannerRuntimeBuilder()
                    : CelRuntimeFactory.standardCelRuntimeBuilder();
            CelRuntime runtime = builder.addLibraries(CelExtensions.math()).build();
            List<String> sources = ladder.cel();
            programs = new Program[sources.size()];
            try {
                for (int i = 0; i < programs.length; i++) {
                    CelAbstractSyntaxTree ast = compiler.compile(sources.get(i)).getAst();
                    programs[i] = runtime.createProgram(ast);
                }
            } catch (CelValidationException | CelEvaluationException e) {
                throw new IllegalStateException("a CEL rule does not compile: " + e.getMessage(), e);
            }
            this.pool = toArray(pool);
        }

        public int ladder(int p) {
            Map<String, ?> input = pool[p];
            int packed = 0;
            try {
                for (Program program : programs) {
                    packed = packed * 3 + code(program.eval(input));
                }
            } catch (CelEvaluationException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            return packed;
        }
    }

    /** MVEL 2: one compiled expression per rule, executed on a map of the person. */
    public static final class Mvel {
        private final Serializable[] expressions;
        private final Map<String, ?>[] pool;

        public Mvel(LadderRules ladder, List<Map<String, Object>> pool) {
            expressions = ladder.mvel().stream().map(MVEL::compileExpression).toArray(Serializable[]::new);
            this.pool = toArray(pool);
        }

        public int ladder(int p) {
            Map<String, ?> input = pool[p];
            int packed = 0;
            for (Serializable expression : expressions) {
                packed = packed * 3 + code(MVEL.executeExpression(expression, input));
            }
            return packed;
        }
    }

    /**
     * Easy Rules with MVEL conditions: one rule per ladder rule, which fires when the rule is met. A rule
     * engine of this kind answers "fired" or "not fired", so both NOT_MET and UNKNOWN come out as "not fired":
     * {@link #ladder} packs {@link LadderRules#MET} for a fired rule and {@link LadderRules#NOT_MET} otherwise.
     * The condition is the same three-valued MVEL expression as {@link Mvel}'s, compared with MET.
     */
    public static final class EasyRules {
        private final Rules rules = new Rules();
        private final RulesEngine engine = new DefaultRulesEngine();
        private final Facts[] pool;
        private final BitSet[] fired;

        public EasyRules(LadderRules ladder, List<Map<String, Object>> pool) {
            List<String> conditions = ladder.mvel();
            for (int i = 0; i < conditions.size(); i++) {
                // Priorities keep the rules in ladder order; the action records that the rule was met.
                rules.register(new MVELRule().name("r" + i).priority(i).when(conditions.get(i) + " == 0")
                        .then("met.set(" + i + ")"));
            }
            this.pool = new Facts[pool.size()];
            this.fired = new BitSet[pool.size()];
            for (int p = 0; p < pool.size(); p++) {
                Facts facts = new Facts();
                pool.get(p).forEach(facts::put);
                fired[p] = new BitSet(RULES);
                facts.put("met", fired[p]);
                this.pool[p] = facts;
            }
        }

        public int ladder(int p) {
            BitSet met = fired[p];
            met.clear();
            engine.fire(rules, pool[p]);
            int packed = 0;
            for (int i = 0; i < RULES; i++) {
                packed = packed * 3 + (met.get(i) ? LadderRules.MET : LadderRules.NOT_MET);
            }
            return packed;
        }
    }

    /** JsonLogic for Java: one JsonLogic expression per rule (parsed once and cached by the library). */
    public static final class JsonLogicLadder {
        private final JsonLogic logic = new JsonLogic();
        private final String[] expressions;
        private final Map<String, ?>[] pool;

        public JsonLogicLadder(LadderRules ladder, List<Map<String, Object>> pool) {
            expressions = ladder.jsonLogic().toArray(new String[0]);
            this.pool = toArray(pool);
            try {
                for (String expression : expressions) {
                    logic.apply(expression, this.pool[0]); // parses and caches
                }
            } catch (JsonLogicException e) {
                throw new IllegalStateException("a JsonLogic rule does not parse: " + e.getMessage(), e);
            }
        }

        public int ladder(int p) {
            Map<String, ?> input = pool[p];
            int packed = 0;
            try {
                for (String expression : expressions) {
                    packed = packed * 3 + code(logic.apply(expression, input));
                }
            } catch (JsonLogicException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            return packed;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?>[] toArray(List<Map<String, Object>> pool) {
        Map<String, ?>[] out = (Map<String, ?>[]) new Map<?, ?>[pool.size()];
        return pool.toArray(out);
    }

    /** The peers' input of every person of a pool. */
    public static List<Map<String, Object>> peerInputs(Framework framework, List<PersonState> pool) {
        List<String> dimensions = LadderRules.of(framework, pool.get(0).asOf()).dimensions();
        return pool.stream().map(state -> PeerInput.of(state, framework, dimensions)).toList();
    }
}
