package org.cadre.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A set of changes that makes a rule node MET, merged so that one target appears once. Immutable. */
final class Fix {

    static final Fix NONE = new Fix(Map.of());

    private final Map<String, Change> changes;

    private Fix(Map<String, Change> changes) {
        this.changes = changes;
    }

    static Fix of(Change change) {
        return new Fix(Map.of(key(change), change));
    }

    private static String key(Change change) {
        return change.kind() == Change.Kind.EVIDENCE ? change.kind() + ":" + change.target() + ":" + change.from()
                + ":" + change.to() : change.kind() + ":" + change.target();
    }

    Collection<Change> changes() {
        return changes.values();
    }

    double size() {
        double size = 0;
        for (Change change : changes.values()) {
            size += change.size();
        }
        return size;
    }

    /** Both sets of changes; where both change one target, the larger change (it satisfies both). */
    Fix merge(Fix other, CompiledFramework compiled) {
        if (other.changes.isEmpty()) {
            return this;
        }
        if (changes.isEmpty()) {
            return other;
        }
        Map<String, Change> merged = new LinkedHashMap<>(changes);
        other.changes.forEach((key, change) -> merged.merge(key, change, (a, b) -> larger(a, b, compiled)));
        return new Fix(merged);
    }

    private static Change larger(Change a, Change b, CompiledFramework compiled) {
        switch (a.kind()) {
            case LEVEL -> {
                int index = compiled.index(a.target());
                return compiled.position(index, a.to()) >= compiled.position(index, b.to()) ? a : b;
            }
            case NUMBER -> {
                return new BigDecimal(a.to()).compareTo(new BigDecimal(b.to())) >= 0 ? a : b;
            }
            case EVIDENCE -> {
                return a.count() >= b.count() ? a : b;
            }
            default -> {
                return a.size() >= b.size() ? a : b;
            }
        }
    }

    static Fix all(List<Fix> fixes, CompiledFramework compiled) {
        Fix result = NONE;
        for (Fix fix : fixes) {
            result = result.merge(fix, compiled);
        }
        return result;
    }

    /** The changes, smallest first. */
    List<Change> sorted() {
        List<Change> list = new ArrayList<>(changes.values());
        list.sort(null);
        return List.copyOf(list);
    }
}
