package org.cadre.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Defensive copies that keep iteration order (so that writing a model is deterministic). */
final class Copies {

    private Copies() {
    }

    static <T> List<T> list(List<T> source, String what) {
        Objects.requireNonNull(source, what);
        return List.copyOf(source);
    }

    static <K, V> Map<K, V> map(Map<K, V> source, String what) {
        Objects.requireNonNull(source, what);
        if (source.isEmpty()) {
            return Map.of();
        }
        Map<K, V> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> copy.put(Objects.requireNonNull(key, what + " key"),
                Objects.requireNonNull(value, what + " value")));
        return Collections.unmodifiableMap(copy);
    }

    static Map<String, List<String>> statements(Map<String, List<String>> source, String what) {
        Objects.requireNonNull(source, what);
        if (source.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> copy.put(Objects.requireNonNull(key, what + " key"),
                List.copyOf(value)));
        return Collections.unmodifiableMap(copy);
    }
}
