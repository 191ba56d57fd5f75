package org.cadre.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadre.testing.Generator;
import org.cadre.testing.Generators;
import org.cadre.testing.Property;
import org.junit.jupiter.api.Test;

/** {@link IdTable} numbers ids as a map filled with {@code putIfAbsent(id, size())} would. */
class IdTableTest {

    @Test
    void numbersDistinctIdsInOrderOfFirstAppearance() {
        IdTable table = new IdTable(List.of("care", "team", "care", "vision"));

        assertThat(table.get("care")).isZero();
        assertThat(table.get("team")).isEqualTo(1);
        assertThat(table.get("vision")).isEqualTo(2);
        assertThat(table.size()).isEqualTo(3);
    }

    @Test
    void anIdNotInTheTableIsMinusOne() {
        assertThat(new IdTable(List.of("care")).get("cure")).isEqualTo(-1);
        assertThat(IdTable.EMPTY.get("care")).isEqualTo(-1);
        assertThat(IdTable.EMPTY.size()).isZero();
    }

    @Test
    void idsWithTheSameHashAreToldApart() {
        // "Aa" and "BB" have the same String hash code, and so do "AaAa", "AaBB", "BBAa" and "BBBB".
        List<String> ids = List.of("AaAa", "BBBB", "AaBB", "Aa", "BB");
        IdTable table = new IdTable(ids);

        for (int i = 0; i < ids.size(); i++) {
            assertThat(table.get(new String(ids.get(i)))).as(ids.get(i)).isEqualTo(i);
        }
        assertThat(table.get("BBAa")).isEqualTo(-1);
    }

    @Test
    void agreesWithAMapOnRandomIdLists() {
        Generator<List<String>> lists = Generators.lists(Generators.strings("ABab", 0, 4), 0, 40);
        Property.forAll("id table equals a map", lists, 500, ids -> {
            Map<String, Integer> map = new LinkedHashMap<>();
            ids.forEach(id -> map.putIfAbsent(id, map.size()));
            IdTable table = new IdTable(ids);
            assertThat(table.size()).isEqualTo(map.size());
            List<String> probes = new ArrayList<>(ids);
            probes.addAll(List.of("", "A", "ab", "ABab", "zz", "BaBa"));
            for (String probe : probes) {
                assertThat(table.get(new String(probe))).as(probe).isEqualTo(map.getOrDefault(probe, -1));
            }
        });
    }
}
