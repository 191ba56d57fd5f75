package org.cadre.json.internal;

import static org.cadre.json.internal.InteropJson.NODES;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.cadre.json.DocumentKind;
import org.cadre.json.Limits;
import org.cadre.model.Competency;
import org.cadre.model.Framework;
import org.cadre.model.Ids;
import org.cadre.model.Level;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Relation;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Moodle's competency framework CSV (the format of the {@code tool_lpimportcsv} import and export): one row for
 * the framework ({@code Is framework} = 1) and one per competency, read and written with Apache Commons CSV.
 * Descriptions are kept as text, whatever their format (HTML included); nothing is rendered.
 */
public final class MoodleCodec {

    /** The extension field that keeps what the CSV carries and Cadre does not model. */
    static final String X_MOODLE = "x-moodle";

    /** The columns, in Moodle's order, with the header Moodle writes. */
    enum Column {
        PARENT("Parent ID number", "parentidnumber"),
        ID("ID number", "idnumber"),
        SHORT_NAME("Short name", "shortname"),
        DESCRIPTION("Description", "description"),
        DESCRIPTION_FORMAT("Description format", "descriptionformat"),
        SCALE_VALUES("Scale values", "scalevalues"),
        SCALE_CONFIGURATION("Scale configuration", "scaleconfiguration"),
        RULE_TYPE("Rule type (optional)", "ruletype"),
        RULE_OUTCOME("Rule outcome (optional)", "ruleoutcome"),
        RULE_CONFIG("Rule config (optional)", "ruleconfig"),
        RELATED("Cross-referenced competency ID numbers", "relatedidnumbers"),
        EXPORT_ID("Exported ID (optional)", "exportid"),
        IS_FRAMEWORK("Is framework", "isframework"),
        TAXONOMY("Taxonomy", "taxonomy");

        final String header;
        final String key;

        Column(String header, String key) {
            this.header = header;
            this.key = key;
        }

        /** The column a header names: Moodle's English header or its key, in any case, "(optional)" aside. */
        static Optional<Column> named(String header) {
            String key = header.toLowerCase(Locale.ROOT).replace("(optional)", "").replaceAll("[^a-z]", "");
            for (Column column : values()) {
                if (key.equals(column.key) || key.equals(normalise(column.header))) {
                    return Optional.of(column);
                }
            }
            if (key.equals("taxonomies")) {
                return Optional.of(TAXONOMY);
            }
            return Optional.empty();
        }

        private static String normalise(String header) {
            return header.toLowerCase(Locale.ROOT).replace("(optional)", "").replaceAll("[^a-z]", "");
        }
    }

    static final String RULE_ALL = "core_competency\\competency_rule_all";
    static final String RULE_POINTS = "core_competency\\competency_rule_points";
    /** Moodle's FORMAT_PLAIN: what Cadre's plain-text descriptions are written as. */
    static final String PLAIN = "2";
    /** The taxonomy terms Moodle offers. */
    static final List<String> TAXONOMY_TERMS = List.of("behaviour", "competency", "concept", "domain",
            "indicator", "level", "outcome", "practice", "proficiency", "skill", "value");

    private static final Pattern ID = Pattern.compile(Ids.ID);
    private static final Pattern KIND = Pattern.compile(Ids.KIND);

    private MoodleCodec() {
    }

    // ------------------------------------------------------------------------------------------ reading

    /** A framework document made from a CSV, the source pointer of each competency's row, and the problems. */
    public record Converted(ObjectNode framework, List<String> rowPointers, Map<String, Integer> lines,
                            List<Issue> issues) {
    }

    private record Row(int number, int line, Map<Column, String> cells) {
        String get(Column column) {
            return cells.getOrDefault(column, "").strip();
        }

        String raw(Column column) {
            return cells.getOrDefault(column, "");
        }

        String pointer(Column column) {
            return "/rows/" + number + "/" + column.key;
        }

        String pointer() {
            return "/rows/" + number;
        }
    }

    /** The framework document of a CSV's text (a byte order mark at the start is ignored). */
    public static Converted read(String text, Limits limits) {
        List<Issue> issues = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get()
                .parse(new StringReader(body))) {
            Iterator<CSVRecord> records = parser.iterator();
            long lineBefore = parser.getCurrentLineNumber();
            int number = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                number++;
                int line = (int) Math.min(Integer.MAX_VALUE, lineBefore + 1);
                lineBefore = parser.getCurrentLineNumber();
                lines.put("/rows/" + number, line);
                if (number == 1) {
                    if (!header(record, columns, issues, line)) {
                        return new Converted(null, List.of(), lines, issues);
                    }
                    continue;
                }
                if (record.size() != columns.size()) {
                    issues.add(new Issue(Codes.MOODLE_RAGGED_ROW, org.cadre.report.Severity.ERROR, "/rows/" + number,
                            line, 1, "row " + number + " has " + record.size() + " fields but the header has "
                            + columns.size() + "; every row needs one field per column (quote a field that holds"
                            + " a comma or a line break)"));
                    continue;
                }
                Map<Column, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    if (columns.get(i) != null) {
                        cells.put(columns.get(i), record.get(i));
                    }
                }
                rows.add(new Row(number, line, cells));
                if (rows.size() > limits.maxArrayLength()) {
                    issues.add(new Issue(Codes.MOODLE_INVALID, org.cadre.report.Severity.ERROR, "/rows/" + number,
                            line, 1, "the CSV has more than " + limits.maxArrayLength() + " rows, the limit"));
                    return new Converted(null, List.of(), lines, issues);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            issues.add(Issue.error(Codes.MOODLE_INVALID, "", "the CSV cannot be read: " + e.getMessage()));
            return new Converted(null, List.of(), lines, issues);
        }
        if (columns.isEmpty()) {
            issues.add(Issue.error(Codes.MOODLE_HEADER, "", "the CSV is empty: it needs a header row with Moodle's"
                    + " columns and a row for the framework"));
            return new Converted(null, List.of(), lines, issues);
        }
        return new Reader(rows, issues, lines).run();
    }

    private static boolean header(CSVRecord record, List<Column> columns, List<Issue> issues, int line) {
        Set<Column> found = new HashSet<>();
        for (String header : record) {
            Optional<Column> column = Column.named(header);
            columns.add(column.filter(found::add).orElse(null));
        }
        List<String> missing = new ArrayList<>();
        for (Column column : List.of(Column.PARENT, Column.ID, Column.SHORT_NAME, Column.IS_FRAMEWORK)) {
            if (!found.contains(column)) {
                missing.add(column.header);
            }
        }
        if (missing.isEmpty()) {
            return true;
        }
        String message = found.isEmpty()
                ? "the first row is not a header: it names none of Moodle's columns (" + Column.ID.header + ", "
                + Column.SHORT_NAME.header + ", …); the first row must name the columns"
                : "the header lacks the columns " + missing + "; Moodle's competency CSV has the columns "
                + java.util.Arrays.stream(Column.values()).map(column -> column.header).toList();
        issues.add(new Issue(Codes.MOODLE_HEADER, org.cadre.report.Severity.ERROR, "/rows/1", line, 1, message));
        return false;
    }

    private static final class Reader {
        private final List<Row> rows;
        private final List<Issue> issues;
        private final Map<String, Integer> lines;
        private final Map<String, ObjectNode> scales = new LinkedHashMap<>();
        private final Map<String, String> scaleKeys = new HashMap<>();
        private final Set<String> scaleIds = new HashSet<>();

        Reader(List<Row> rows, List<Issue> issues, Map<String, Integer> lines) {
            this.rows = rows;
            this.issues = issues;
            this.lines = lines;
        }

        private void error(String code, Row row, Column column, String message) {
            issues.add(new Issue(code, org.cadre.report.Severity.ERROR, column == null ? row.pointer()
                    : row.pointer(column), row.line(), 1, message));
        }

        private void warning(String code, Row row, String message) {
            issues.add(new Issue(code, org.cadre.report.Severity.WARNING, row.pointer(), row.line(), 1, message));
        }

        Converted run() {
            Row frameworkRow = null;
            List<Row> competencyRows = new ArrayList<>();
            for (Row row : rows) {
                String flag = row.get(Column.IS_FRAMEWORK);
                if (flag.equals("1") || flag.equalsIgnoreCase("true") || flag.equalsIgnoreCase("yes")) {
                    if (frameworkRow != null) {
                        error(Codes.MOODLE_INVALID, row, Column.IS_FRAMEWORK, "row " + row.number()
                                + " is a second framework row (the first is row " + frameworkRow.number()
                                + "); a CSV holds one framework");
                    } else {
                        frameworkRow = row;
                    }
                } else {
                    competencyRows.add(row);
                }
            }
            if (frameworkRow == null) {
                issues.add(Issue.error(Codes.MOODLE_INVALID, "", "no row has \"" + Column.IS_FRAMEWORK.header
                        + "\" set to 1; Moodle's competency CSV starts with a row for the framework itself"));
                return failed();
            }
            // Ids: the ID number where it is a usable Cadre id, else one made from it (the original is kept).
            Map<String, Row> byIdNumber = new LinkedHashMap<>();
            Map<String, String> idOf = new HashMap<>();
            Set<String> taken = new HashSet<>();
            for (Row row : competencyRows) {
                String idNumber = row.get(Column.ID);
                if (idNumber.isEmpty()) {
                    error(Codes.MOODLE_INVALID, row, Column.ID, "row " + row.number() + " has no ID number;"
                            + " every competency needs one");
                    continue;
                }
                Row first = byIdNumber.putIfAbsent(idNumber, row);
                if (first != null) {
                    error(Codes.MOODLE_DUPLICATE_ID, row, Column.ID, "ID number [" + idNumber + "] of row "
                            + row.number() + " is already used by row " + first.number()
                            + "; ID numbers must be unique");
                }
            }
            for (Map.Entry<String, Row> entry : byIdNumber.entrySet()) {
                String idNumber = entry.getKey();
                String id = ID.matcher(idNumber).matches() ? idNumber : made(idNumber);
                idOf.put(idNumber, InteropJson.unique(id, taken));
            }
            Map<String, String> parentOf = new HashMap<>();
            for (Row row : byIdNumber.values()) {
                String parent = row.get(Column.PARENT);
                if (parent.isEmpty()) {
                    continue;
                }
                if (!byIdNumber.containsKey(parent)) {
                    error(Codes.MOODLE_INVALID, row, Column.PARENT, "row " + row.number() + " names parent ["
                            + parent + "], which is the ID number of no competency of this CSV");
                } else {
                    parentOf.put(row.get(Column.ID), parent);
                }
            }
            cycles(parentOf, byIdNumber);
            if (issues.stream().anyMatch(Issue::isError)) {
                return failed();
            }
            ObjectNode framework = NODES.objectNode();
            framework.put("kind", DocumentKind.FRAMEWORK.jsonName());
            framework.put("formatVersion", DocumentKind.FORMAT_VERSION);
            String frameworkIdNumber = frameworkRow.get(Column.ID);
            framework.put("id", ID.matcher(frameworkIdNumber).matches() ? frameworkIdNumber
                    : frameworkIdNumber.isEmpty() ? "moodle-framework" : made(frameworkIdNumber));
            framework.put("version", "1.0.0");
            framework.put("title", frameworkRow.raw(Column.SHORT_NAME));
            ObjectNode frameworkMoodle = NODES.objectNode();
            description(frameworkRow, framework, frameworkMoodle);
            if (!ID.matcher(frameworkIdNumber).matches()) {
                frameworkMoodle.put("idNumber", frameworkIdNumber);
            }
            ArrayNode scaleList = framework.putArray("scales");
            String frameworkScale = scale(frameworkRow).orElse(null);
            if (frameworkScale == null && issues.stream().anyMatch(Issue::isError)) {
                return failed(); // the scale configuration could not be read, and that was reported
            }
            if (frameworkScale == null) {
                error(Codes.MOODLE_INVALID, frameworkRow, Column.SCALE_VALUES, "the framework row has no scale"
                        + " values; Moodle rates a framework's competencies on its scale");
                return failed();
            }
            String[] taxonomy = frameworkRow.raw(Column.TAXONOMY).split(",", -1);
            ArrayNode competencies = framework.putArray("competencies");
            List<String> rowPointers = new ArrayList<>();
            Map<String, Integer> depths = new HashMap<>();
            Map<String, String> exportIds = new HashMap<>();
            int index = 0;
            for (Row row : byIdNumber.values()) {
                index++;
                String idNumber = row.get(Column.ID);
                String id = idOf.get(idNumber);
                ObjectNode competency = competencies.addObject();
                rowPointers.add(row.pointer());
                competency.put("id", id);
                competency.put("title", row.raw(Column.SHORT_NAME));
                ObjectNode moodle = NODES.objectNode();
                description(row, competency, moodle);
                int depth = depth(idNumber, parentOf);
                depths.put(id, depth);
                if (depth - 1 < taxonomy.length) {
                    String kind = taxonomy[depth - 1].strip();
                    if (KIND.matcher(kind).matches()) {
                        competency.put("kind", kind);
                    }
                }
                String parent = parentOf.get(idNumber);
                if (parent != null) {
                    competency.put("parent", idOf.get(parent));
                }
                Optional<String> scale = scale(row);
                if (scale.isPresent()) {
                    competency.put("scale", scale.get());
                } else if (parent == null) {
                    competency.put("scale", frameworkScale); // Moodle rates every competency: roots on the framework's
                }
                ArrayNode relations = NODES.arrayNode();
                for (String raw : row.raw(Column.RELATED).split(",")) {
                    String related = raw.strip().replace("%2C", ",");
                    if (related.isEmpty()) {
                        continue;
                    }
                    if (!byIdNumber.containsKey(related)) {
                        error(Codes.MOODLE_INVALID, row, Column.RELATED, "row " + row.number()
                                + " cross-references [" + related + "], which is the ID number of no competency"
                                + " of this CSV");
                    } else {
                        relations.addObject().put("type", Relation.IS_RELATED_TO).put("target", idOf.get(related));
                    }
                }
                if (!relations.isEmpty()) {
                    competency.set("relations", relations);
                }
                String exportId = row.get(Column.EXPORT_ID);
                if (!exportId.isEmpty()) {
                    exportIds.put(exportId, id);
                    if (!exportId.equals(String.valueOf(index))) {
                        moodle.put("exportId", exportId);
                    }
                }
                if (!ID.matcher(idNumber).matches()) {
                    moodle.put("idNumber", idNumber);
                }
                if (!row.get(Column.RULE_TYPE).isEmpty()) {
                    ObjectNode rule = moodle.putObject("rule");
                    rule.put("type", row.get(Column.RULE_TYPE));
                    rule.put("outcome", row.get(Column.RULE_OUTCOME));
                    rule.put("config", row.get(Column.RULE_CONFIG));
                }
                if (!moodle.isEmpty()) {
                    competency.set(X_MOODLE, moodle);
                }
            }
            scales.values().forEach(scaleList::add);
            String rawTaxonomy = frameworkRow.raw(Column.TAXONOMY);
            if (!rawTaxonomy.equals(String.join(",", taxonomy(competencies, depths)))) {
                frameworkMoodle.put("taxonomy", rawTaxonomy);
            }
            ObjectNode named = NODES.objectNode();
            int r = 0;
            for (Row row : byIdNumber.values()) {
                ObjectNode competency = (ObjectNode) competencies.get(r++);
                if (!row.get(Column.RULE_TYPE).isEmpty()) {
                    rule(row, competency, competencies, exportIds).ifPresent(rule ->
                            named.set(competency.get("id").asString() + ":moodle-rule", rule));
                }
            }
            if (!named.isEmpty()) {
                framework.set("rules", named);
            }
            if (!frameworkMoodle.isEmpty()) {
                framework.set(X_MOODLE, frameworkMoodle);
            }
            return new Converted(framework, rowPointers, lines, issues);
        }

        private Converted failed() {
            return new Converted(null, List.of(), lines, issues);
        }

        private void description(Row row, ObjectNode node, ObjectNode moodle) {
            String description = row.raw(Column.DESCRIPTION);
            if (!description.isBlank()) {
                node.put("description", description);
            }
            String format = row.get(Column.DESCRIPTION_FORMAT);
            if (!format.equals(PLAIN)) {
                moodle.put("descriptionFormat", format);
            }
        }

        /** The scale a row names (made the first time it appears), if it names one. */
        private Optional<String> scale(Row row) {
            String values = row.get(Column.SCALE_VALUES);
            if (values.isEmpty()) {
                return Optional.empty();
            }
            String configText = row.get(Column.SCALE_CONFIGURATION);
            JsonNode config = configText.isEmpty() ? NODES.arrayNode()
                    : new JsonText(Limits.defaults()).parse(configText).root().orElse(null);
            if (config == null || !config.isArray()) {
                error(Codes.MOODLE_INVALID, row, Column.SCALE_CONFIGURATION, "the scale configuration of row "
                        + row.number() + " is not Moodle's JSON array ([{\"scaleid\": …}, {\"id\": 1,"
                        + " \"scaledefault\": 1, \"proficient\": 1}, …]): " + configText);
                return Optional.empty();
            }
            String scaleId = config.path(0).path("scaleid").asString("");
            if (config.path(0).path("scaleid").isNumber()) {
                scaleId = config.path(0).path("scaleid").asString();
            }
            String key = scaleId + "\n" + values;
            String known = scaleKeys.get(key);
            if (known != null) {
                return Optional.of(known);
            }
            String id = ID.matcher(scaleId).matches() && !scaleIds.contains(scaleId) ? scaleId
                    : "scale-" + (scales.size() + 1);
            id = InteropJson.unique(id, scaleIds);
            scaleKeys.put(key, id);
            List<String> labels = new ArrayList<>();
            for (String item : values.split(",")) {
                if (!item.isBlank()) {
                    labels.add(item.strip());
                }
            }
            ObjectNode scale = NODES.objectNode();
            scale.put("id", id);
            String title = String.join(" / ", labels);
            if (title.codePointCount(0, title.length()) > 500) {
                title = title.substring(0, title.offsetByCodePoints(0, 499)) + "…";
            }
            scale.put("title", title);
            ArrayNode levels = scale.putArray("levels");
            Set<String> levelIds = new HashSet<>();
            List<String> ids = new ArrayList<>();
            for (int l = 0; l < labels.size(); l++) {
                String slug = InteropJson.slug(labels.get(l), 100);
                String levelId = InteropJson.unique(slug.isEmpty() || !ID.matcher(slug).matches()
                        ? "level-" + (l + 1) : slug, levelIds);
                ids.add(levelId);
                levels.addObject().put("id", levelId).put("label", labels.get(l)).put("rank", l + 1);
            }
            String byDefault = null;
            List<String> proficient = new ArrayList<>();
            for (int c = 1; c < config.size(); c++) {
                JsonNode entry = config.get(c);
                int item = entry.path("id").asInt(0);
                if (item < 1 || item > ids.size()) {
                    continue;
                }
                if (entry.path("scaledefault").asInt(0) == 1 && byDefault == null) {
                    byDefault = ids.get(item - 1);
                }
                if (entry.path("proficient").asInt(0) == 1) {
                    proficient.add(ids.get(item - 1));
                }
            }
            ObjectNode moodle = NODES.objectNode();
            List<String> conventional = conventionalProficient(ids);
            if (byDefault != null && !byDefault.equals(ids.get(0)) || byDefault == null && !ids.isEmpty()) {
                if (byDefault == null) {
                    moodle.putNull("default");
                } else {
                    moodle.put("default", byDefault);
                }
            }
            if (!new TreeSet<>(proficient).equals(new TreeSet<>(conventional))) {
                ArrayNode list = moodle.putArray("proficient");
                proficient.forEach(list::add);
            }
            if (!moodle.isEmpty()) {
                scale.set(X_MOODLE, moodle);
            }
            scales.put(id, scale);
            return Optional.of(id);
        }

        /** Moodle's rule as a Cadre rule, where it can be one (points all alike); else a warning. */
        private Optional<JsonNode> rule(Row row, ObjectNode competency, ArrayNode competencies,
                                        Map<String, String> exportIds) {
            String type = row.get(Column.RULE_TYPE);
            String id = competency.get("id").asString();
            List<String> children = new ArrayList<>();
            competencies.forEach(other -> {
                if (id.equals(other.path("parent").asString(""))) {
                    children.add(other.get("id").asString());
                }
            });
            if (type.equals(RULE_ALL)) {
                ArrayNode all = NODES.arrayNode();
                for (String child : children) {
                    proficientRule(child, competencies).ifPresent(all::add);
                }
                if (all.isEmpty()) {
                    return Optional.empty();
                }
                ObjectNode rule = NODES.objectNode();
                rule.set("all", all);
                return Optional.of(rule);
            }
            if (type.equals(RULE_POINTS)) {
                JsonNode config = new JsonText(Limits.defaults()).parse(row.get(Column.RULE_CONFIG)).root()
                        .orElse(NODES.nullNode());
                int base = config.path("base").path("points").asInt(0);
                List<JsonNode> parts = new ArrayList<>();
                config.path("competencies").forEach(parts::add);
                Set<Integer> points = new HashSet<>();
                parts.forEach(part -> points.add(part.path("points").asInt(0)));
                if (parts.isEmpty() || points.size() != 1 || points.iterator().next() <= 0 || base <= 0) {
                    warning(Codes.MOODLE_INVALID, row, "the points rule of row " + row.number() + " gives its"
                            + " competencies different points, which Cadre's rules cannot weigh; it is kept under"
                            + " x-moodle and not evaluated");
                    return Optional.empty();
                }
                int each = points.iterator().next();
                ArrayNode required = NODES.arrayNode();
                ArrayNode counted = NODES.arrayNode();
                for (JsonNode part : parts) {
                    String target = exportIds.get(part.path("id").asString(""));
                    if (target == null) {
                        warning(Codes.MOODLE_INVALID, row, "the points rule of row " + row.number()
                                + " names exported id [" + part.path("id").asString("") + "], which no row has;"
                                + " it is kept under x-moodle and not evaluated");
                        return Optional.empty();
                    }
                    Optional<JsonNode> level = proficientRule(target, competencies);
                    if (level.isEmpty()) {
                        return Optional.empty();
                    }
                    counted.add(level.get());
                    if (part.path("required").asInt(0) == 1) {
                        required.add(level.get());
                    }
                }
                ObjectNode atLeast = NODES.objectNode();
                atLeast.putObject("atLeastOf").put("n", Math.min(counted.size(), (base + each - 1) / each))
                        .set("rules", counted);
                required.add(atLeast);
                ObjectNode rule = NODES.objectNode();
                rule.set("all", required);
                return Optional.of(rule);
            }
            warning(Codes.MOODLE_INVALID, row, "rule type [" + type + "] of row " + row.number() + " is not one"
                    + " Cadre knows (" + RULE_ALL + ", " + RULE_POINTS + "); it is kept under x-moodle");
            return Optional.empty();
        }

        /** "At least the lowest proficient level of its scale" for a competency. */
        private Optional<JsonNode> proficientRule(String competencyId, ArrayNode competencies) {
            String scaleId = null;
            String current = competencyId;
            Set<String> seen = new HashSet<>();
            while (current != null && seen.add(current) && scaleId == null) {
                JsonNode node = null;
                for (JsonNode other : competencies) {
                    if (other.get("id").asString().equals(current)) {
                        node = other;
                    }
                }
                if (node == null) {
                    break;
                }
                scaleId = node.path("scale").asString(null);
                current = node.path("parent").asString(null);
            }
            ObjectNode scale = scaleId == null ? null : scales.get(scaleId);
            if (scale == null) {
                return Optional.empty();
            }
            List<String> ids = new ArrayList<>();
            scale.get("levels").forEach(level -> ids.add(level.get("id").asString()));
            JsonNode listed = scale.path(X_MOODLE).get("proficient");
            List<String> proficient = new ArrayList<>();
            if (listed != null) {
                listed.forEach(level -> proficient.add(level.asString()));
            } else {
                proficient.addAll(conventionalProficient(ids));
            }
            Optional<String> lowest = ids.stream().filter(proficient::contains).findFirst();
            return lowest.map(level -> {
                ObjectNode rule = NODES.objectNode();
                rule.putObject("level").put("competency", competencyId).put("atLeast", level);
                return rule;
            });
        }

        /** The taxonomy an export writes for these competencies: the kind at each depth, or nothing. */
        private static List<String> taxonomy(ArrayNode competencies, Map<String, Integer> depths) {
            int deepest = depths.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<String> terms = new ArrayList<>();
            for (int depth = 1; depth <= deepest; depth++) {
                String term = "";
                for (JsonNode competency : competencies) {
                    if (depths.get(competency.get("id").asString()) == depth && competency.has("kind")) {
                        term = competency.get("kind").asString();
                    }
                }
                terms.add(term);
            }
            return terms;
        }

        private static int depth(String idNumber, Map<String, String> parentOf) {
            int depth = 1;
            String current = parentOf.get(idNumber);
            while (current != null && depth < 10_000) {
                depth++;
                current = parentOf.get(current);
            }
            return depth;
        }

        private void cycles(Map<String, String> parentOf, Map<String, Row> rowsById) {
            for (List<String> cycle : InteropSupport.cycles(rowsById.keySet(), parentOf::get)) {
                error(Codes.MOODLE_CYCLE, rowsById.get(cycle.get(0)), Column.PARENT, "the parent ID numbers form a"
                        + " cycle: " + InteropSupport.chain(cycle) + "; a competency cannot be its own ancestor");
            }
        }
    }

    /** The proficient levels when a scale says nothing: every level but the lowest (the only one, if just one). */
    static List<String> conventionalProficient(List<String> levelIds) {
        return levelIds.size() <= 1 ? levelIds : levelIds.subList(1, levelIds.size());
    }

    private static String made(String text) {
        String id = text.replaceAll("[^A-Za-z0-9._:-]", "-").replaceAll("^[^A-Za-z0-9]+", "");
        if (id.length() > 128) {
            id = id.substring(0, 128);
        }
        return id.isEmpty() ? "competency" : id;
    }

    // ------------------------------------------------------------------------------------------ writing

    /** The CSV text and the warnings about what it could not carry. */
    public record Written(String text, List<Issue> warnings) {
    }

    /** A framework as Moodle's competency CSV. */
    public static Written write(Framework framework) {
        List<Issue> warnings = new ArrayList<>();
        ObjectNode encoded = FrameworkEncoder.encode(framework);
        StringWriter out = new StringWriter();
        ProficiencyScale frameworkScale = framework.scales().get(0);
        List<Competency> competencies = framework.competencies();
        Map<Integer, Set<String>> kindsByDepth = new HashMap<>();
        Map<Integer, Integer> unkinded = new HashMap<>();
        int deepest = 0;
        for (Competency competency : competencies) {
            int depth = framework.path(competency.id()).size();
            deepest = Math.max(deepest, depth);
            if (competency.kind().isPresent()) {
                kindsByDepth.computeIfAbsent(depth, key -> new TreeSet<>()).add(competency.kind().get());
            } else {
                unkinded.merge(depth, 1, Integer::sum);
            }
        }
        List<String> taxonomy = new ArrayList<>();
        for (int depth = 1; depth <= deepest; depth++) {
            Set<String> kinds = kindsByDepth.getOrDefault(depth, Set.of());
            taxonomy.add(kinds.isEmpty() ? "" : kinds.iterator().next());
            if (kinds.size() > 1 || !kinds.isEmpty() && unkinded.containsKey(depth)) {
                warnings.add(Issue.warning(Codes.MOODLE_NOT_CARRIED, "/competencies", "the competencies at depth "
                        + depth + " have kinds " + kinds + (unkinded.containsKey(depth) ? " and none" : "")
                        + "; Moodle's taxonomy gives one kind per depth, so [" + taxonomy.get(depth - 1)
                        + "] is written"));
            }
            if (!kinds.isEmpty() && !TAXONOMY_TERMS.contains(taxonomy.get(depth - 1))) {
                warnings.add(Issue.warning(Codes.MOODLE_NOT_CARRIED, "/competencies", "kind ["
                        + taxonomy.get(depth - 1) + "] at depth " + depth + " is not one of Moodle's taxonomy"
                        + " terms " + TAXONOMY_TERMS + "; Moodle may show it as a plain competency"));
            }
        }
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get().print(out)) {
            for (Column column : Column.values()) {
                printer.print(column.header);
            }
            printer.println();
            ObjectNode frameworkMoodle = moodle(framework.extensions().asMap());
            Map<String, String> frameworkCells = new LinkedHashMap<>();
            frameworkCells.put(Column.ID.key, frameworkMoodle.path("idNumber").asString(framework.id()));
            frameworkCells.put(Column.SHORT_NAME.key, framework.title());
            frameworkCells.put(Column.DESCRIPTION.key, framework.description().orElse(""));
            frameworkCells.put(Column.DESCRIPTION_FORMAT.key, frameworkMoodle.path("descriptionFormat").asString(PLAIN));
            frameworkCells.put(Column.SCALE_VALUES.key, scaleValues(frameworkScale));
            frameworkCells.put(Column.SCALE_CONFIGURATION.key, scaleConfiguration(frameworkScale));
            frameworkCells.put(Column.IS_FRAMEWORK.key, "1");
            String kept = frameworkMoodle.path("taxonomy").asString(null);
            boolean keptAgrees = kept != null && java.util.Arrays.asList(kept.split(",", -1)).subList(0,
                    Math.min(taxonomy.size(), kept.split(",", -1).length)).equals(taxonomy.subList(0,
                    Math.min(taxonomy.size(), kept.split(",", -1).length)));
            frameworkCells.put(Column.TAXONOMY.key, keptAgrees ? kept : String.join(",", taxonomy));
            row(printer, frameworkCells);
            Set<String> relationTypes = new TreeSet<>();
            for (int c = 0; c < competencies.size(); c++) {
                Competency competency = competencies.get(c);
                ObjectNode moodle = moodle(competency.extensions().asMap());
                Map<String, String> cells = new LinkedHashMap<>();
                cells.put(Column.PARENT.key, competency.parent().flatMap(framework::competency)
                        .map(parent -> moodle(parent.extensions().asMap()).path("idNumber").asString(parent.id()))
                        .orElse(""));
                cells.put(Column.ID.key, moodle.path("idNumber").asString(competency.id()));
                cells.put(Column.SHORT_NAME.key, competency.title());
                cells.put(Column.DESCRIPTION.key, competency.description().orElse(""));
                cells.put(Column.DESCRIPTION_FORMAT.key, moodle.path("descriptionFormat").asString(PLAIN));
                boolean rootOnFrameworkScale = competency.parent().isEmpty()
                        && competency.scale().filter(frameworkScale.id()::equals).isPresent();
                if (competency.scale().isPresent() && !rootOnFrameworkScale) {
                    framework.scale(competency.scale().get()).ifPresent(scale -> {
                        cells.put(Column.SCALE_VALUES.key, scaleValues(scale));
                        cells.put(Column.SCALE_CONFIGURATION.key, scaleConfiguration(scale));
                    });
                }
                JsonNode rule = moodle.path("rule");
                if (rule.isObject()) {
                    cells.put(Column.RULE_TYPE.key, rule.path("type").asString(""));
                    cells.put(Column.RULE_OUTCOME.key, rule.path("outcome").asString(""));
                    cells.put(Column.RULE_CONFIG.key, rule.path("config").asString(""));
                }
                List<String> related = new ArrayList<>();
                for (Relation relation : competency.relations()) {
                    if (relation.type().equals(Relation.IS_RELATED_TO)) {
                        related.add(framework.competency(relation.target())
                                .map(target -> moodle(target.extensions().asMap()).path("idNumber")
                                        .asString(target.id())).orElse(relation.target()).replace(",", "%2C"));
                    } else {
                        relationTypes.add(relation.type());
                    }
                }
                cells.put(Column.RELATED.key, String.join(",", related));
                cells.put(Column.EXPORT_ID.key, moodle.path("exportId").asString(String.valueOf(c + 1)));
                cells.put(Column.IS_FRAMEWORK.key, "0");
                row(printer, cells);
            }
            if (!relationTypes.isEmpty()) {
                warnings.add(Issue.warning(Codes.MOODLE_NOT_CARRIED, "/competencies", "Moodle's cross-references"
                        + " carry only isRelatedTo; relations of the types " + relationTypes + " are left out"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        notCarried(framework, encoded, warnings);
        return new Written(out.toString(), warnings);
    }

    private static void notCarried(Framework framework, ObjectNode encoded, List<Issue> warnings) {
        List<String> fields = new ArrayList<>();
        for (String field : List.of("version", "language", "license", "authors", "source", "translations",
                "ratingPolicy", "planPolicy", "facts", "programmes")) {
            if (encoded.has(field) && !(field.equals("version") && framework.version().equals("1.0.0"))
                    && !(field.equals("language") && framework.language().equals("en"))) {
                fields.add(field);
            }
        }
        if (!framework.rules().isEmpty() && framework.rules().keySet().stream()
                .anyMatch(name -> !name.endsWith(":moodle-rule"))) {
            fields.add("rules");
        }
        if (framework.scales().size() > 1) {
            Set<String> used = new HashSet<>();
            used.add(framework.scales().get(0).id());
            framework.competencies().forEach(competency -> competency.scale().ifPresent(used::add));
            framework.scales().stream().map(ProficiencyScale::id).filter(id -> !used.contains(id)).findAny()
                    .ifPresent(unused -> fields.add("scales no competency names"));
        }
        List<String> competencyFields = new ArrayList<>();
        if (framework.competencies().stream().anyMatch(competency -> !competency.indicators().isEmpty())) {
            competencyFields.add("indicators");
        }
        if (framework.competencies().stream().anyMatch(competency -> !competency.tags().isEmpty())) {
            competencyFields.add("tags");
        }
        if (framework.competencies().stream().anyMatch(competency -> competency.replacedBy().isPresent()
                || competency.status() != org.cadre.model.CompetencyStatus.ACTIVE)) {
            competencyFields.add("status and replacedBy");
        }
        if (framework.competencies().stream().anyMatch(competency -> !competency.translations().isEmpty())) {
            competencyFields.add("translations");
        }
        if (framework.scales().stream().anyMatch(scale -> scale.levels().stream()
                .anyMatch(level -> level.description().isPresent()))) {
            competencyFields.add("level ids, ranks and descriptions, scale titles");
        }
        if (!fields.isEmpty() || !competencyFields.isEmpty()) {
            warnings.add(Issue.warning(Codes.MOODLE_NOT_CARRIED, "", "Moodle's competency CSV has no column for"
                    + " the framework's " + fields + (competencyFields.isEmpty() ? "" : " nor for "
                    + competencyFields) + "; they are left out of the CSV"));
        }
    }

    private static void row(CSVPrinter printer, Map<String, String> cells) throws IOException {
        for (Column column : Column.values()) {
            printer.print(cells.getOrDefault(column.key, ""));
        }
        printer.println();
    }

    private static ObjectNode moodle(Map<String, String> extensions) {
        JsonNode node = InteropJson.extension(extensions, X_MOODLE).orElse(null);
        return node != null && node.isObject() ? (ObjectNode) node : NODES.objectNode();
    }

    private static String scaleValues(ProficiencyScale scale) {
        return String.join(",", scale.levelsByRank().stream().map(level -> level.label().replace(",", " ")).toList());
    }

    /** Moodle's scale configuration; its scaleid (replaced by Moodle on import) carries the Cadre scale's id. */
    private static String scaleConfiguration(ProficiencyScale scale) {
        List<String> ids = scale.levelsByRank().stream().map(Level::id).toList();
        ObjectNode moodle = moodle(scale.extensions().asMap());
        String byDefault = moodle.has("default") ? moodle.get("default").asString(null) : ids.get(0);
        List<String> proficient = new ArrayList<>();
        if (moodle.has("proficient")) {
            moodle.get("proficient").forEach(level -> proficient.add(level.asString()));
        } else {
            proficient.addAll(conventionalProficient(ids));
        }
        ArrayNode config = NODES.arrayNode();
        config.addObject().put("scaleid", scale.id());
        for (int i = 0; i < ids.size(); i++) {
            config.addObject().put("id", i + 1).put("scaledefault", ids.get(i).equals(byDefault) ? 1 : 0)
                    .put("proficient", proficient.contains(ids.get(i)) ? 1 : 0);
        }
        return config.toString();
    }
}
