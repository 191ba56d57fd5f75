package org.cadre.benchmarks.peers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadre.evaluation.PersonState;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.person.Evidence;
import org.cadre.person.Person;
import org.cadre.person.ProgrammeRecord;
import org.cadre.person.ProgrammeState;

/**
 * A person's record as the peer engines read it: plain maps and lists of {@code Long}, {@code Double} and
 * {@code String} values (the form CEL, MVEL and JsonLogic all accept), built from Cadre's
 * {@link PersonState} so that every engine starts from the same aggregated levels. Built before measuring.
 *
 * <p>Names (see {@link LadderRules}): {@code lv}, {@code num}, {@code str}, {@code done}, {@code ev}.
 */
public final class PeerInput {

    private PeerInput() {
    }

    /** The input map of one person. */
    public static Map<String, Object> of(PersonState state, Framework framework, List<String> dimensions) {
        Person person = state.person();
        LocalDate asOf = state.asOf();
        List<Long> levels = new ArrayList<>(dimensions.size());
        for (String dimension : dimensions) {
            List<Level> scale = framework.effectiveScale(dimension).orElseThrow().levelsByRank();
            levels.add(state.level(dimension).map(level -> (long) scale.indexOf(level)).orElse(-1L));
        }
        Map<String, Object> numbers = new HashMap<>();
        for (Map.Entry<String, BigDecimal> fact : person.numbers().entrySet()) {
            numbers.put(fact.getKey(), fact.getValue().doubleValue());
        }
        List<String> done = new ArrayList<>();
        for (ProgrammeRecord record : person.programmes()) {
            if (record.state() == ProgrammeState.COMPLETED && record.end().map(end -> !end.isAfter(asOf)).orElse(true)) {
                done.add(record.programme());
            }
        }
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (Evidence item : person.evidence()) {
            Map<String, Object> entry = new HashMap<>();
            entry.put("competency", item.competency());
            entry.put("kind", item.kind());
            entry.put("day", item.date().toEpochDay());
            evidence.add(entry);
        }
        Map<String, Object> input = new HashMap<>();
        input.put("lv", levels);
        input.put("num", numbers);
        input.put("str", new HashMap<>(person.strings()));
        input.put("done", done);
        input.put("ev", evidence);
        return input;
    }
}
