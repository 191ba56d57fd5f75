package org.cadre.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.cadre.json.internal.FrameworkEncoder;
import org.cadre.json.internal.PersonCodec;
import org.cadre.json.internal.CatalogueCodec;
import org.cadre.json.internal.PlanCodec;
import org.cadre.model.Framework;
import org.cadre.person.Person;
import org.cadre.plan.Catalogue;
import org.cadre.plan.Plan;
import org.cadre.report.CadreException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes models as canonical JSON documents: UTF-8, two-space indentation, {@code "name": value}, fields in
 * the documented order, optional parts that are absent or empty left out, a final newline. The same model
 * always gives the same bytes, and loading what was written gives an equal model. Cohorts can also be
 * written as JSON Lines, one compact line per person. Thread-safe.
 */
public final class DocumentWriter {

    private static final DocumentWriter INSTANCE = new DocumentWriter();

    private final ObjectWriter writer;
    private final ObjectWriter compact;

    private DocumentWriter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(indenter)
                .withObjectIndenter(indenter);
        JsonMapper mapper = JsonMapper.builder().build();
        this.writer = mapper.writer().with(printer);
        this.compact = mapper.writer();
    }

    /** The writer. */
    public static DocumentWriter create() {
        return INSTANCE;
    }

    /**
     * The framework as a canonical JSON document.
     *
     * @throws CadreException if the framework cannot be written: an extension field that does not hold JSON
     *                        text, or a rule nested far deeper than any document may be
     */
    public String write(Framework framework) {
        try {
            return writer.writeValueAsString(FrameworkEncoder.encode(framework)) + "\n";
        } catch (JacksonException e) {
            throw new CadreException("cannot write framework [" + framework.id() + "]: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The person as a canonical person document ({@code "kind": "person"}).
     *
     * @throws CadreException if an extension field does not hold JSON text
     */
    public String write(Person person) {
        return text(PersonCodec.encodeDocument(person), "person [" + person.id() + "]");
    }

    /**
     * The development plan as a canonical plan document ({@code "kind": "plan"}).
     *
     * @throws CadreException if an extension field does not hold JSON text
     */
    public String write(Plan plan) {
        return text(PlanCodec.encodeDocument(plan), "plan [" + plan.id() + "]");
    }

    /**
     * The activity catalogue as a canonical catalogue document ({@code "kind": "catalogue"}).
     *
     * @throws CadreException if an extension field does not hold JSON text
     */
    public String write(Catalogue catalogue) {
        return text(CatalogueCodec.encodeDocument(catalogue), "catalogue [" + catalogue.id() + "]");
    }

    /**
     * The people as a canonical cohort document ({@code "kind": "cohort"}), in the order given.
     *
     * @throws CadreException if an extension field does not hold JSON text
     */
    public String write(List<Person> people) {
        return text(PersonCodec.encodeCohort(people), "cohort");
    }

    /**
     * Writes the people as JSON Lines: each person's record (without {@code kind} and {@code formatVersion})
     * as one line of compact JSON, ending with a newline, in the order given. Nothing is held beyond the line
     * being written, so the people may come from a stream. The output stream is flushed, not closed.
     *
     * @throws CadreException if the stream cannot be written or an extension field does not hold JSON text
     */
    public void writeLines(Iterable<Person> people, OutputStream out) {
        Objects.requireNonNull(out, "out");
        for (Person person : people) {
            try {
                out.write(compact.writeValueAsBytes(PersonCodec.encodeBody(person)));
                out.write('\n');
            } catch (IOException | UncheckedIOException | JacksonException e) {
                throw new CadreException("cannot write person [" + person.id() + "]: " + e.getMessage(), e);
            }
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new CadreException("cannot write people: " + e.getMessage(), e);
        }
    }

    private String text(tools.jackson.databind.JsonNode tree, String what) {
        try {
            return writer.writeValueAsString(tree) + "\n";
        } catch (JacksonException e) {
            throw new CadreException("cannot write " + what + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes the framework as a canonical JSON document to a stream, which is not closed.
     *
     * @throws CadreException if the stream cannot be written
     */
    public void write(Framework framework, OutputStream out) {
        try {
            out.write(write(framework).getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException | UncheckedIOException | JacksonException e) {
            throw new CadreException("cannot write framework [" + framework.id() + "]: " + e.getMessage(), e);
        }
    }
}
