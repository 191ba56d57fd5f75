package org.cadre.json.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cadre.json.DocumentKind;
import org.cadre.json.Limits;
import org.cadre.model.Extensions;
import org.cadre.model.RaterSource;
import org.cadre.person.Evidence;
import org.cadre.person.Person;
import org.cadre.person.ProgrammeRecord;
import org.cadre.person.ProgrammeState;
import org.cadre.person.Rating;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A fast way to read one line of a JSON Lines cohort: binds the line straight from Jackson's streaming parser
 * into a {@link Person}, checking in code what the person body schema ({@code person.schema.json},
 * {@code $defs/person}), the date check and the loader's limits require, without building a tree or running
 * the JSON Schema validator.
 *
 * <p>It is an accept filter, not a second validator: it accepts only a line it is certain the full path
 * ({@link JsonText} → header → schema → dates → {@link PersonCodec#bind}) accepts, and then returns the
 * person that path would bind. The moment it meets anything else — a violation, an unknown field, a
 * duplicate key, a number in exponent form or longer than {@value #MAX_NUMBER_CHARS} characters, a
 * surrogate character, an extension field that holds an array or object, nesting or a string beyond the
 * limits, anything Jackson refuses — it declines ({@link Optional#empty()}), and the caller runs the full
 * path, which finds and reports the problem exactly as before. So declining is always safe, and the reports
 * never depend on this class. The checks against a framework ({@code PersonChecker}) and for repeated ids
 * are not its business: the caller runs them on the person either way.
 *
 * <p>Immutable and thread-safe: each call has its own parser.
 */
public final class PersonLineFastPath {

    /** The longest number (in characters of JSON text) this reads; a longer one is left to the full path. */
    static final int MAX_NUMBER_CHARS = 40;
    /** The schema's {@code maxLength} of an evidence reference. */
    private static final int MAX_REFERENCE = 2000;
    /** The schema's {@code maxLength} of a string fact. */
    private static final int MAX_FACT_TEXT = 500;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /**
     * The rater sources and programme states by their JSON names, worked out once: {@code fromJsonName} works
     * each name out again on every call, which was a tenth of a line's time.
     */
    private static final Map<String, RaterSource> SOURCES = byName(RaterSource.values(), RaterSource::jsonName);
    private static final Map<String, ProgrammeState> STATES = byName(ProgrammeState.values(),
            ProgrammeState::jsonName);

    /** Thrown (without a stack trace, one shared instance) to give up on a line from deep in the reading. */
    private static final class Declined extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Declined INSTANCE = new Declined();

        private Declined() {
            super("declined", null, false, false);
        }
    }

    private final Limits limits;
    private final JsonFactory factory = JsonFactory.builder().build();

    /** A fast path that declines whatever goes beyond {@code limits}. */
    public PersonLineFastPath(Limits limits) {
        this.limits = limits;
    }

    /**
     * The person on the line, when the line is certainly valid; empty when this cannot tell (then the full
     * path must read the line).
     */
    public Optional<Person> read(String line) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Person person = person(parser);
            return parser.nextToken() == null ? Optional.of(person) : Optional.empty();
        } catch (Declined | JacksonException e) {
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------------------------ the person body

    private static final int ID = 1;
    private static final int KIND = 2;
    private static final int FORMAT_VERSION = 4;
    private static final int SCHEMA = 8;
    private static final int RATINGS = 16;
    private static final int EVIDENCE = 32;
    private static final int PROGRAMMES = 64;
    private static final int FACTS = 128;

    private Person person(JsonParser parser) {
        String id = null;
        int seen = 0;
        Map<String, String> extensions = null;
        // The id may come after the lists, so the parts are held until the builder can be made.
        List<Rating> ratings = List.of();
        List<Evidence> evidence = List.of();
        List<ProgrammeRecord> programmes = List.of();
        Facts facts = null;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = name(parser, token);
            JsonToken value = parser.nextToken();
            int field = switch (name) {
                case "id" -> ID;
                case "kind" -> KIND;
                case "formatVersion" -> FORMAT_VERSION;
                case "$schema" -> SCHEMA;
                case "ratings" -> RATINGS;
                case "evidence" -> EVIDENCE;
                case "programmes" -> PROGRAMMES;
                case "facts" -> FACTS;
                default -> 0;
            };
            if (field == 0) {
                if (!name.startsWith(Extensions.PREFIX)) {
                    throw Declined.INSTANCE;
                }
                checkText(name);
                if (extensions == null) {
                    extensions = new LinkedHashMap<>();
                }
                if (extensions.put(name, extensionValue(parser, value)) != null) {
                    throw Declined.INSTANCE;
                }
                continue;
            }
            if ((seen & field) != 0) {
                throw Declined.INSTANCE;
            }
            seen |= field;
            switch (field) {
                case ID -> id = id(parser, value);
                case KIND -> require(DocumentKind.PERSON.jsonName().equals(string(parser, value)));
                case FORMAT_VERSION -> require(DocumentKind.FORMAT_VERSION.equals(string(parser, value)));
                case SCHEMA -> string(parser, value);
                case RATINGS -> ratings = list(parser, value, this::rating);
                case EVIDENCE -> evidence = list(parser, value, this::evidenceItem);
                case PROGRAMMES -> programmes = list(parser, value, this::programme);
                default -> facts = facts(parser, value);
            }
        }
        require(id != null);
        Person.Builder builder = Person.builder(id);
        ratings.forEach(builder::rating);
        evidence.forEach(builder::evidence);
        programmes.forEach(builder::programme);
        if (facts != null) {
            facts.numbers.forEach(builder::number);
            facts.strings.forEach(builder::string);
        }
        if (extensions != null) {
            builder.extensions(Extensions.of(extensions));
        }
        return builder.build();
    }

    /** The value of an {@code x-} field as the full path keeps it: the compact JSON text of a scalar. */
    private String extensionValue(JsonParser parser, JsonToken value) {
        return switch (value) {
            case VALUE_STRING -> NODES.stringNode(string(parser, value)).toString();
            case VALUE_NUMBER_INT -> {
                number(parser);
                yield NODES.numberNode(parser.getBigIntegerValue()).toString();
            }
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(decimal(parser)).toString();
            case VALUE_TRUE -> NODES.booleanNode(true).toString();
            case VALUE_FALSE -> NODES.booleanNode(false).toString();
            case VALUE_NULL -> NODES.nullNode().toString();
            default -> throw Declined.INSTANCE;
        };
    }

    // ------------------------------------------------------------------------------------------- lists

    /** The fields of a rating, of an item of evidence and of a programme record, each known by its index. */
    private static final List<String> RATING_FIELDS = List.of("competency", "level", "source", "rater", "date");
    private static final List<String> EVIDENCE_FIELDS = List.of("competency", "kind", "source", "date",
            "reference");
    private static final List<String> PROGRAMME_FIELDS = List.of("programme", "state", "start", "end");

    /** A list of objects ({@code $defs/rating} and the like), each read by {@code item} from its first field. */
    private <T> List<T> list(JsonParser parser, JsonToken value, Function<JsonParser, T> item) {
        require(value == JsonToken.START_ARRAY);
        depth(2);
        List<T> list = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            require(token == JsonToken.START_OBJECT && list.size() < limits.maxArrayLength());
            depth(3);
            list.add(item.apply(parser));
        }
        return list;
    }

    /**
     * The index in {@code fields} of the field whose name the parser is on, checked to be new in the object
     * ({@code seen} holds a bit per index); declines an unknown field ({@code additionalProperties: false}).
     */
    private int field(JsonParser parser, JsonToken token, List<String> fields, int seen) {
        int index = fields.indexOf(name(parser, token));
        require(index >= 0 && (seen & (1 << index)) == 0);
        return index;
    }

    /** Whether every field with an index in {@code required} was seen. */
    private static void required(int seen, int... required) {
        for (int index : required) {
            require((seen & (1 << index)) != 0);
        }
    }

    private Rating rating(JsonParser parser) {
        String competency = null;
        String level = null;
        RaterSource source = null;
        String rater = null;
        LocalDate date = null;
        int seen = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            int field = field(parser, token, RATING_FIELDS, seen);
            seen |= 1 << field;
            JsonToken value = parser.nextToken();
            switch (field) {
                case 0 -> competency = id(parser, value);
                case 1 -> level = id(parser, value);
                case 2 -> source = source(parser, value);
                case 3 -> rater = id(parser, value);
                default -> date = date(parser, value);
            }
        }
        required(seen, 0, 1, 2, 4);
        return new Rating(competency, level, source, Optional.ofNullable(rater), date);
    }

    private Evidence evidenceItem(JsonParser parser) {
        String competency = null;
        String kind = null;
        RaterSource source = null;
        LocalDate date = null;
        String reference = null;
        int seen = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            int field = field(parser, token, EVIDENCE_FIELDS, seen);
            seen |= 1 << field;
            JsonToken value = parser.nextToken();
            switch (field) {
                case 0 -> competency = id(parser, value);
                case 1 -> kind = evidenceKind(parser, value);
                case 2 -> source = source(parser, value);
                case 3 -> date = date(parser, value);
                default -> {
                    reference = string(parser, value);
                    require(!reference.isEmpty() && reference.length() <= MAX_REFERENCE);
                }
            }
        }
        required(seen, 0, 1, 3);
        return new Evidence(competency, kind, Optional.ofNullable(source), date, Optional.ofNullable(reference));
    }

    private ProgrammeRecord programme(JsonParser parser) {
        String programme = null;
        ProgrammeState state = null;
        LocalDate start = null;
        LocalDate end = null;
        int seen = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            int field = field(parser, token, PROGRAMME_FIELDS, seen);
            seen |= 1 << field;
            JsonToken value = parser.nextToken();
            switch (field) {
                case 0 -> programme = id(parser, value);
                case 1 -> state = known(STATES, string(parser, value));
                case 2 -> start = date(parser, value);
                default -> end = date(parser, value);
            }
        }
        required(seen, 0, 1);
        return new ProgrammeRecord(programme, state, Optional.ofNullable(start), Optional.ofNullable(end));
    }

    /** Facts in the order of the file: the numbers and the texts, as {@link PersonCodec#bind} splits them. */
    private static final class Facts {
        final Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        final Map<String, String> strings = new LinkedHashMap<>();
    }

    private Facts facts(JsonParser parser, JsonToken value) {
        require(value == JsonToken.START_OBJECT);
        depth(2);
        Facts facts = new Facts();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String name = name(parser, t);
            require(IdPatterns.isFactName(name) && !facts.numbers.containsKey(name)
                    && !facts.strings.containsKey(name));
            JsonToken v = parser.nextToken();
            if (v == JsonToken.VALUE_STRING) {
                String text = string(parser, v);
                require(!text.isEmpty() && text.length() <= MAX_FACT_TEXT);
                facts.strings.put(name, text);
            } else if (v == JsonToken.VALUE_NUMBER_INT) {
                number(parser);
                require(parser.getNumberType() == JsonParser.NumberType.INT
                        || parser.getNumberType() == JsonParser.NumberType.LONG);
                facts.numbers.put(name, BigDecimal.valueOf(parser.getLongValue()));
            } else if (v == JsonToken.VALUE_NUMBER_FLOAT) {
                facts.numbers.put(name, NODES.numberNode(decimal(parser)).decimalValue());
            } else {
                throw Declined.INSTANCE;
            }
        }
        return facts;
    }

    // ------------------------------------------------------------------------------------------ values

    private void depth(int depth) {
        require(depth <= limits.maxDepth());
    }

    private String name(JsonParser parser, JsonToken token) {
        require(token == JsonToken.PROPERTY_NAME);
        String name = parser.currentName();
        require(name.length() <= limits.maxStringLength());
        return name;
    }

    /** A string value within the string limit and without surrogates (so its length counts characters). */
    private String string(JsonParser parser, JsonToken value) {
        require(value == JsonToken.VALUE_STRING);
        String text = parser.getString();
        checkText(text);
        return text;
    }

    private void checkText(String text) {
        require(text.length() <= limits.maxStringLength());
        for (int i = 0; i < text.length(); i++) {
            require(!Character.isSurrogate(text.charAt(i)));
        }
    }

    private String number(JsonParser parser) {
        String digits = parser.getString();
        require(digits.length() <= limits.maxNumberLength() && digits.length() <= MAX_NUMBER_CHARS);
        return digits;
    }

    /** A decimal written without an exponent, as the full path's parser keeps it. */
    private BigDecimal decimal(JsonParser parser) {
        String digits = number(parser);
        require(digits.indexOf('e') < 0 && digits.indexOf('E') < 0);
        return parser.getDecimalValue();
    }

    /** {@code $defs/id}: a letter or digit, then letters, digits, '.', '_', ':' or '-'; 1 to 128 characters. */
    private String id(JsonParser parser, JsonToken value) {
        String text = string(parser, value);
        require(IdPatterns.isId(text));
        return text;
    }

    /** {@code $defs/evidenceKind}: the pattern of a tag (lower case, at most 64 characters). */
    private String evidenceKind(JsonParser parser, JsonToken value) {
        String text = string(parser, value);
        require(IdPatterns.isTag(text));
        return text;
    }

    private RaterSource source(JsonParser parser, JsonToken value) {
        return known(SOURCES, string(parser, value));
    }

    /** {@code $defs/date}: YYYY-MM-DD, a day that is on the calendar. */
    private LocalDate date(JsonParser parser, JsonToken value) {
        String text = string(parser, value);
        require(text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-');
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        require(month >= 1 && month <= 12 && day >= 1 && day <= 31);
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw Declined.INSTANCE;
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            require(c >= '0' && c <= '9');
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static <E> Map<String, E> byName(E[] values, Function<E, String> name) {
        Map<String, E> map = new HashMap<>();
        for (E value : values) {
            map.put(name.apply(value), value);
        }
        return Map.copyOf(map);
    }

    private static <E> E known(Map<String, E> values, String name) {
        E value = values.get(name);
        require(value != null);
        return value;
    }

    private static void require(boolean certain) {
        if (!certain) {
            throw Declined.INSTANCE;
        }
    }
}
