package org.cadre.evaluation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cadre.model.ActivityType;
import org.cadre.model.Competency;
import org.cadre.model.CompetencySet;
import org.cadre.model.Extensions;
import org.cadre.model.FactDefinition;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.PlanPolicy;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.model.ProgrammeDuration;
import org.cadre.model.RatingPolicy;
import org.cadre.model.Rule;
import org.cadre.model.Source;
import org.cadre.model.Translation;

/**
 * The SHA-256 of a framework's content: every field, in a canonical order (maps by key), each value
 * length-prefixed. Equal frameworks have equal hashes, whatever the layout or field order of the files
 * they came from.
 *
 * <p>The canonical form is a stream of texts, each written as its length in UTF-8 bytes, a colon and the
 * bytes. A class of the model is its name, then each field's name and value (the framework, scales,
 * competencies and programmes also end with {@code /name}); a record is its class's binary name, then each
 * component's name and value, in declaration order. Records are written field by field here, without
 * reflection, in exactly the form an earlier reflective version produced, so hashes recorded in past
 * evaluations still match. The form is collected in a buffer and handed to the digest in large blocks.
 */
final class ContentHash {

    private static final int BLOCK = 1 << 16;
    /** Texts up to this many characters are copied in by hand when they are ASCII. */
    private static final int SHORT = 24;
    private static final String[] LISTS = {"list0", "list1", "list2", "list3", "list4", "list5", "list6", "list7",
        "list8", "list9"};

    private final MessageDigest digest;
    private final byte[] buffer = new byte[BLOCK];
    private int used;

    private ContentHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static String of(Framework framework) {
        ContentHash hash = new ContentHash();
        hash.value(framework);
        hash.flush();
        return HexFormat.of().formatHex(hash.digest.digest());
    }

    private void flush() {
        digest.update(buffer, 0, used);
        used = 0;
    }

    private void put(byte[] bytes) {
        if (bytes.length > BLOCK - used) {
            flush();
            if (bytes.length > BLOCK) {
                digest.update(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    /** Writes a length in decimal digits and the colon after it. */
    private void length(int length) {
        if (BLOCK - used < 12) {
            flush();
        }
        if (length < 10) {
            // Most texts are names and markers shorter than ten bytes.
            buffer[used++] = (byte) ('0' + length);
            buffer[used++] = ':';
            return;
        }
        int digits = 1;
        for (int rest = length / 10; rest > 0; rest /= 10) {
            digits++;
        }
        int at = used + digits;
        int rest = length;
        do {
            buffer[--at] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
        used += digits;
        buffer[used++] = ':';
    }

    private void text(String text) {
        int size = text.length();
        if (size <= SHORT && size <= BLOCK - 12 - used) {
            // Most texts are short names and markers, and nearly all are ASCII, whose UTF-8 length is their
            // length in chars: written straight in, in one pass, without an array per text. At the first
            // char that is not ASCII, what was written is given up (the digest has not seen it) and the text
            // goes through the encoder.
            int start = used;
            length(size);
            byte[] out = buffer;
            int at = used;
            for (int i = 0; i < size; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    used = start;
                    encoded(text);
                    return;
                }
                out[at++] = (byte) c;
            }
            used = at;
            return;
        }
        encoded(text);
    }

    /** The platform's encoder copies longer texts in bulk, faster than a loop here. */
    private void encoded(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        length(bytes.length);
        put(bytes);
    }

    private void fields(String type, Object... namesAndValues) {
        text(type);
        pairs(namesAndValues);
        text("/" + type);
    }

    /** The pairs, followed by those later pairs whose value is not null (parts the format gained later). */
    private static Object[] later(Object[] pairs, Object... laterPairs) {
        java.util.List<Object> all = new java.util.ArrayList<>(java.util.Arrays.asList(pairs));
        for (int i = 0; i < laterPairs.length; i += 2) {
            if (laterPairs[i + 1] != null) {
                all.add(laterPairs[i]);
                all.add(laterPairs[i + 1]);
            }
        }
        return all.toArray();
    }

    private void record(String type, Object... namesAndValues) {
        text(type);
        pairs(namesAndValues);
    }

    private void pairs(Object[] namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            text((String) namesAndValues[i]);
            value(namesAndValues[i + 1]);
        }
    }

    private void value(Object value) {
        if (value == null) {
            text("null");
        } else if (value instanceof String string) {
            text("s");
            text(string);
        } else if (value instanceof Optional<?> optional) {
            // Tested before the numbers and dates: Optional is a final class, so this test is one comparison,
            // where a test for an interface such as Temporal scans the class's interfaces on every miss. No
            // value is both, so the order does not change the form.
            text(optional.isPresent() ? "some" : "none");
            optional.ifPresent(this::value);
        } else if (value instanceof BigDecimal || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof java.time.temporal.Temporal) {
            text(value.getClass().getSimpleName());
            text(value instanceof BigDecimal decimal ? decimal.toString() : String.valueOf(value));
        } else if (value instanceof List<?> list) {
            list(list);
        } else if (value instanceof Map<?, ?> map) {
            map(map);
        } else if (value instanceof Extensions extensions) {
            value(extensions.asMap());
        } else if (value instanceof Framework f) {
            fields("framework", "id", f.id(), "version", f.version(), "title", f.title(), "description",
                    f.description(), "language", f.language(), "license", f.license(), "authors", f.authors(),
                    "source", f.source(), "translations", f.translations(), "scales", f.scales(), "competencies",
                    f.competencies(), "programmes", f.programmes(), "ratingPolicy", f.declaredRatingPolicy(),
                    "facts", f.facts(), "rules", f.rules(), "planPolicy", f.planPolicy(), "extensions", f.extensions());
        } else if (value instanceof ProficiencyScale s) {
            fields("scale", "id", s.id(), "title", s.title(), "description", s.description(), "levels", s.levels(),
                    "translations", s.translations(), "extensions", s.extensions());
        } else if (value instanceof Competency c) {
            // Parts added to the format later are written only when present, so that the hash of a framework
            // that does not use them stays what it was.
            fields("competency", later(new Object[] {"id", c.id(), "title", c.title(), "description",
                    c.description(), "kind", c.kind(), "parent", c.parent(), "scale", c.scale(), "indicators",
                    c.indicators(), "tags", c.tags(), "status", c.status(), "replacedBy", c.replacedBy(),
                    "translations", c.translations(), "extensions", c.extensions()},
                    "relations", c.relations().isEmpty() ? null : c.relations()));
        } else if (value instanceof Programme p) {
            fields("programme", later(new Object[] {"id", p.id(), "title", p.title(), "description",
                    p.description(), "audience", p.audience(), "duration", p.duration(), "targetProfile",
                    p.targetProfile(), "leadsTo", p.leadsTo(), "entry", p.entry(), "completion", p.completion(),
                    "translations", p.translations(), "extensions", p.extensions()},
                    "capacity", p.capacity().orElse(null),
                    "selection", p.selection().isEmpty() ? null : p.selection(),
                    "checkpoints", p.checkpoints().isEmpty() ? null : p.checkpoints()));
        } else if (value instanceof Rule rule) {
            rule(rule);
        } else if (value instanceof CompetencySet set) {
            set(set);
        } else {
            other(value);
        }
    }

    private void list(List<?> list) {
        int size = list.size();
        if (size < 10) {
            // "list0" to "list9" without building the text each time.
            text(LISTS[size]);
        } else {
            text("list" + size);
        }
        for (Object item : list) {
            value(item);
        }
    }

    /** Entries sorted by the text of their keys (a later key with the same text replaces an earlier one). */
    private void map(Map<?, ?> map) {
        if (map.size() == 1) {
            Map.Entry<?, ?> entry = map.entrySet().iterator().next();
            text("map1");
            text(String.valueOf(entry.getKey()));
            value(entry.getValue());
            return;
        }
        if (stringKeysInOrder(map)) {
            // Already in the canonical order, each key's text once: the same form as through the sorted copy.
            text("map" + map.size());
            map.forEach((key, item) -> {
                text((String) key);
                value(item);
            });
            return;
        }
        TreeMap<String, Object> sorted = new TreeMap<>();
        map.forEach((key, item) -> sorted.put(String.valueOf(key), item));
        text("map" + sorted.size());
        sorted.forEach((key, item) -> {
            text(key);
            value(item);
        });
    }

    /** Whether every key is a text and each comes after the one before it, as in a sorted map. */
    private static boolean stringKeysInOrder(Map<?, ?> map) {
        String previous = null;
        for (Object key : map.keySet()) {
            if (!(key instanceof String text) || previous != null && previous.compareTo(text) >= 0) {
                return false;
            }
            previous = text;
        }
        return true;
    }

    private void rule(Rule value) {
        if (value instanceof Rule.Level r) {
            record("org.cadre.model.Rule$Level", "competency", r.competency(), "comparison", r.comparison(),
                    "level", r.level());
        } else if (value instanceof Rule.All r) {
            record("org.cadre.model.Rule$All", "rules", r.rules());
        } else if (value instanceof Rule.Any r) {
            record("org.cadre.model.Rule$Any", "rules", r.rules());
        } else if (value instanceof Rule.Not r) {
            record("org.cadre.model.Rule$Not", "rule", r.rule());
        } else if (value instanceof Rule.AtLeastOf r) {
            record("org.cadre.model.Rule$AtLeastOf", "n", r.n(), "rules", r.rules());
        } else if (value instanceof Rule.Count r) {
            record("org.cadre.model.Rule$Count", "set", r.set(), "quantifier", r.quantifier(), "n", r.n(),
                    "level", r.level());
        } else if (value instanceof Rule.LevelOfSet r) {
            record("org.cadre.model.Rule$LevelOfSet", "set", r.set(), "aggregate", r.aggregate(), "level",
                    r.level());
        } else if (value instanceof Rule.Balance r) {
            record("org.cadre.model.Rule$Balance", "left", r.left(), "right", r.right(), "within", r.within());
        } else if (value instanceof Rule.ProgrammeTaken r) {
            record("org.cadre.model.Rule$ProgrammeTaken", "programme", r.programme(), "taken", r.taken(),
                    "withinMonths", r.withinMonths());
        } else if (value instanceof Rule.NumberFact r) {
            record("org.cadre.model.Rule$NumberFact", "fact", r.fact(), "comparison", r.comparison(), "value",
                    r.value());
        } else if (value instanceof Rule.StringFact r) {
            record("org.cadre.model.Rule$StringFact", "fact", r.fact(), "values", r.values());
        } else if (value instanceof Rule.EvidenceCount r) {
            record("org.cadre.model.Rule$EvidenceCount", "set", r.set(), "n", r.n(), "kinds", r.kinds(), "sources",
                    r.sources(), "withinMonths", r.withinMonths());
        } else if (value instanceof Rule.Ref r) {
            record("org.cadre.model.Rule$Ref", "name", r.name());
        } else {
            throw new IllegalStateException("no canonical form for " + value.getClass());
        }
    }

    private void set(CompetencySet value) {
        if (value instanceof CompetencySet.Subtree s) {
            record("org.cadre.model.CompetencySet$Subtree", "root", s.root());
        } else if (value instanceof CompetencySet.Tagged s) {
            record("org.cadre.model.CompetencySet$Tagged", "tag", s.tag());
        } else if (value instanceof CompetencySet.Listed s) {
            record("org.cadre.model.CompetencySet$Listed", "ids", s.ids());
        } else {
            throw new IllegalStateException("no canonical form for " + value.getClass());
        }
    }

    private void other(Object value) {
        if (value instanceof Level l) {
            record("org.cadre.model.Level", "id", l.id(), "label", l.label(), "rank", l.rank(), "description",
                    l.description(), "translations", l.translations(), "extensions", l.extensions());
        } else if (value instanceof Translation t) {
            record("org.cadre.model.Translation", "title", t.title(), "description", t.description(), "indicators",
                    t.indicators());
        } else if (value instanceof Source s) {
            record("org.cadre.model.Source", "publisher", s.publisher(), "title", s.title(), "url", s.url(), "year",
                    s.year(), "extensions", s.extensions());
        } else if (value instanceof RatingPolicy r) {
            record("org.cadre.model.RatingPolicy", "sources", r.sources(), "aggregation", r.aggregation(),
                    "validityMonths", r.validityMonths());
        } else if (value instanceof RatingPolicy.SourcePolicy s) {
            record("org.cadre.model.RatingPolicy$SourcePolicy", "minRaters", s.minRaters());
        } else if (value instanceof FactDefinition f) {
            record("org.cadre.model.FactDefinition", "name", f.name(), "type", f.type(), "unit", f.unit(),
                    "description", f.description(), "values", f.values());
        } else if (value instanceof ProgrammeDuration d) {
            record("org.cadre.model.ProgrammeDuration", "value", d.value(), "unit", d.unit());
        } else if (value instanceof PlanPolicy p) {
            record("org.cadre.model.PlanPolicy", "approvals", p.approvals(), "maxHoursPerWeek", p.maxHoursPerWeek(),
                    "minWeeks", p.minWeeks(), "maxWeeks", p.maxWeeks(), "mix", p.mix(), "mixTolerance",
                    p.mixTolerance(), "reviewEveryWeeks", p.reviewEveryWeeks(), "activityPerGoal", p.activityPerGoal(),
                    "activityTypes", p.activityTypes());
        } else if (value instanceof ActivityType a) {
            record("org.cadre.model.ActivityType", "id", a.id(), "category", a.category());
        } else if (value instanceof org.cadre.model.Relation r) {
            record("org.cadre.model.Relation", "type", r.type(), "target", r.target());
        } else if (value instanceof org.cadre.model.Checkpoint c) {
            record("org.cadre.model.Checkpoint", "id", c.id(), "title", c.title(), "month", c.month(), "rule",
                    c.rule());
        } else if (value instanceof org.cadre.model.SelectionKey.ByFact k) {
            record("org.cadre.model.SelectionKey$ByFact", "fact", k.fact(), "order", k.order());
        } else if (value instanceof org.cadre.model.SelectionKey.ByMean k) {
            record("org.cadre.model.SelectionKey$ByMean", "set", k.set(), "order", k.order());
        } else if (value instanceof org.cadre.model.SelectionKey.ByRule k) {
            record("org.cadre.model.SelectionKey$ByRule", "rule", k.rule());
        } else {
            throw new IllegalStateException("no canonical form for " + value.getClass());
        }
    }
}
