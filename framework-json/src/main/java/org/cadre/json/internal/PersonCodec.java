package org.cadre.json.internal;

import static org.cadre.json.internal.JsonFields.elements;
import static org.cadre.json.internal.JsonFields.optional;
import static org.cadre.json.internal.JsonFields.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cadre.json.DocumentKind;
import org.cadre.model.RaterSource;
import org.cadre.person.Evidence;
import org.cadre.person.Person;
import org.cadre.person.ProgrammeRecord;
import org.cadre.person.ProgrammeState;
import org.cadre.person.Rating;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Pointers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps person records between their document form and {@link Person}: one person, a cohort's list, or a
 * JSON Lines line. Binding expects a body that passed the schema and {@link #dateIssues(JsonNode, String)}.
 */
public final class PersonCodec {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PersonCodec() {
    }

    // ------------------------------------------------------------------------------------------ binding

    /** The person in a schema-valid person body whose dates exist. */
    public static Person bind(JsonNode body) {
        Person.Builder person = Person.builder(body.get("id").asString());
        for (JsonNode node : elements(body.get("ratings"))) {
            person.rating(new Rating(text(node, "competency"), text(node, "level"), source(node).orElseThrow(),
                    Optional.ofNullable(optional(node, "rater")), LocalDate.parse(text(node, "date"))));
        }
        for (JsonNode node : elements(body.get("evidence"))) {
            person.evidence(new Evidence(text(node, "competency"), text(node, "kind"), source(node),
                    LocalDate.parse(text(node, "date")), Optional.ofNullable(optional(node, "reference"))));
        }
        for (JsonNode node : elements(body.get("programmes"))) {
            person.programme(new ProgrammeRecord(text(node, "programme"),
                    ProgrammeState.fromJsonName(text(node, "state")).orElseThrow(), date(node, "start"),
                    date(node, "end")));
        }
        JsonNode facts = body.get("facts");
        if (facts != null) {
            facts.properties().forEach(fact -> {
                if (fact.getValue().isNumber()) {
                    person.number(fact.getKey(), fact.getValue().decimalValue());
                } else {
                    person.string(fact.getKey(), fact.getValue().asString());
                }
            });
        }
        return person.extensions(FrameworkBinder.extensions(body)).build();
    }

    /**
     * An issue for every date of a schema-valid person body (whose dates have the form YYYY-MM-DD) that is
     * not on the calendar, such as 2026-02-30.
     *
     * @param base the pointer of the body in its document ({@code ""}, or {@code /people/3} in a cohort)
     */
    public static List<Issue> dateIssues(JsonNode body, String base) {
        List<Issue> issues = new ArrayList<>();
        dates(body.get("ratings"), Pointers.append(base, "ratings"), List.of("date"), issues);
        dates(body.get("evidence"), Pointers.append(base, "evidence"), List.of("date"), issues);
        dates(body.get("programmes"), Pointers.append(base, "programmes"), List.of("start", "end"), issues);
        return issues;
    }

    static void dates(JsonNode array, String base, List<String> fields, List<Issue> issues) {
        List<JsonNode> items = elements(array);
        for (int i = 0; i < items.size(); i++) {
            for (String field : fields) {
                JsonNode date = items.get(i).get(field);
                if (date == null || !date.isString()) {
                    continue;
                }
                String text = date.asString();
                try {
                    LocalDate.parse(text);
                } catch (DateTimeException e) {
                    issues.add(Issue.error(Codes.SCHEMA_PATTERN, Pointers.append(Pointers.append(base, i), field),
                            "the date \"" + text + "\" is not on the calendar" + why(text)));
                }
            }
        }
    }

    /** Why a date of the form YYYY-MM-DD does not exist: its month is shorter. */
    static String why(String text) {
        try {
            YearMonth month = YearMonth.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)));
            String name = Month.of(month.getMonthValue()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            return String.format(Locale.ROOT, ": %s %d has %d days", name, month.getYear(), month.lengthOfMonth());
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static Optional<RaterSource> source(JsonNode node) {
        return Optional.ofNullable(optional(node, "source")).map(name -> RaterSource.fromJsonName(name).orElseThrow());
    }

    private static Optional<LocalDate> date(JsonNode node, String field) {
        return Optional.ofNullable(optional(node, field)).map(LocalDate::parse);
    }




    // ----------------------------------------------------------------------------------------- encoding

    /** A person document: {@code $schema}, {@code kind}, {@code formatVersion}, then the body. */
    public static ObjectNode encodeDocument(Person person) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", DocumentKind.PERSON.schemaId());
        root.put("kind", DocumentKind.PERSON.jsonName());
        root.put("formatVersion", DocumentKind.FORMAT_VERSION);
        body(root, person);
        return root;
    }

    /** A cohort document: its header and each person's body. */
    public static ObjectNode encodeCohort(List<Person> people) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", DocumentKind.COHORT.schemaId());
        root.put("kind", DocumentKind.COHORT.jsonName());
        root.put("formatVersion", DocumentKind.FORMAT_VERSION);
        ArrayNode list = root.putArray("people");
        people.forEach(person -> body(list.addObject(), person));
        return root;
    }

    /** A person's body alone, as in a cohort or on a JSON Lines line. */
    public static ObjectNode encodeBody(Person person) {
        ObjectNode node = NODES.objectNode();
        body(node, person);
        return node;
    }

    /**
     * Fields in the documented order, absent and empty parts left out. Facts: the numbers, then the strings,
     * each in the record's order (a name given as both is written once, as the string).
     */
    private static void body(ObjectNode node, Person person) {
        node.put("id", person.id());
        if (!person.ratings().isEmpty()) {
            ArrayNode ratings = node.putArray("ratings");
            for (Rating rating : person.ratings()) {
                ObjectNode item = ratings.addObject();
                item.put("competency", rating.competency());
                item.put("level", rating.level());
                item.put("source", rating.source().jsonName());
                rating.rater().ifPresent(rater -> item.put("rater", rater));
                item.put("date", rating.date().toString());
            }
        }
        if (!person.evidence().isEmpty()) {
            ArrayNode evidence = node.putArray("evidence");
            for (Evidence piece : person.evidence()) {
                ObjectNode item = evidence.addObject();
                item.put("competency", piece.competency());
                item.put("kind", piece.kind());
                piece.source().ifPresent(source -> item.put("source", source.jsonName()));
                item.put("date", piece.date().toString());
                piece.reference().ifPresent(reference -> item.put("reference", reference));
            }
        }
        if (!person.programmes().isEmpty()) {
            ArrayNode programmes = node.putArray("programmes");
            for (ProgrammeRecord record : person.programmes()) {
                ObjectNode item = programmes.addObject();
                item.put("programme", record.programme());
                item.put("state", record.state().jsonName());
                record.start().ifPresent(start -> item.put("start", start.toString()));
                record.end().ifPresent(end -> item.put("end", end.toString()));
            }
        }
        if (!person.numbers().isEmpty() || !person.strings().isEmpty()) {
            ObjectNode facts = node.putObject("facts");
            person.numbers().forEach((name, value) -> facts.put(name, value));
            person.strings().forEach(facts::put);
        }
        FrameworkEncoder.extensions(node, person.extensions());
    }
}
