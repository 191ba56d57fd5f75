package org.cadre.evaluation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cadre.model.Competency;
import org.cadre.model.Extensions;
import org.cadre.model.Framework;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;

/**
 * The content hash as it was first written, reading record components by reflection and updating the
 * digest piece by piece: kept as the reference that {@link ContentHash} must agree with byte for byte, so
 * that hashes recorded in earlier evaluations still match.
 */
final class ReflectiveContentHash {

    private final MessageDigest digest;

    private ReflectiveContentHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static String of(Framework framework) {
        ReflectiveContentHash hash = new ReflectiveContentHash();
        hash.value(framework);
        return HexFormat.of().formatHex(hash.digest.digest());
    }

    private void text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private void fields(String type, Object... namesAndValues) {
        text(type);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            text((String) namesAndValues[i]);
            value(namesAndValues[i + 1]);
        }
        text("/" + type);
    }

    private void value(Object value) {
        if (value == null) {
            text("null");
        } else if (value instanceof String string) {
            text("s");
            text(string);
        } else if (value instanceof BigDecimal || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof java.time.temporal.Temporal) {
            text(value.getClass().getSimpleName());
            text(value instanceof BigDecimal decimal ? decimal.toString() : String.valueOf(value));
        } else if (value instanceof Optional<?> optional) {
            text(optional.isPresent() ? "some" : "none");
            optional.ifPresent(this::value);
        } else if (value instanceof List<?> list) {
            text("list" + list.size());
            list.forEach(this::value);
        } else if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((key, item) -> sorted.put(String.valueOf(key), item));
            text("map" + sorted.size());
            sorted.forEach((key, item) -> {
                text(key);
                value(item);
            });
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
            fields("competency", "id", c.id(), "title", c.title(), "description", c.description(), "kind", c.kind(),
                    "parent", c.parent(), "scale", c.scale(), "indicators", c.indicators(), "tags", c.tags(),
                    "status", c.status(), "replacedBy", c.replacedBy(), "translations", c.translations(),
                    "extensions", c.extensions());
        } else if (value instanceof Programme p) {
            fields("programme", "id", p.id(), "title", p.title(), "description", p.description(), "audience",
                    p.audience(), "duration", p.duration(), "targetProfile", p.targetProfile(), "leadsTo",
                    p.leadsTo(), "entry", p.entry(), "completion", p.completion(), "translations", p.translations(),
                    "extensions", p.extensions());
        } else if (value instanceof Record record) {
            text(record.getClass().getName());
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                text(component.getName());
                try {
                    value(component.getAccessor().invoke(record));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
        } else {
            throw new IllegalStateException("no canonical form for " + value.getClass());
        }
    }
}
