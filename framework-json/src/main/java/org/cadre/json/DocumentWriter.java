package org.cadre.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.cadre.json.internal.FrameworkEncoder;
import org.cadre.model.Framework;
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
 * always gives the same bytes, and loading what was written gives an equal model. Thread-safe.
 */
public final class DocumentWriter {

    private static final DocumentWriter INSTANCE = new DocumentWriter();

    private final ObjectWriter writer;

    private DocumentWriter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(indenter)
                .withObjectIndenter(indenter);
        this.writer = JsonMapper.builder().build().writer().with(printer);
    }

    /** The writer. */
    public static DocumentWriter create() {
        return INSTANCE;
    }

    /** The framework as a canonical JSON document. */
    public String write(Framework framework) {
        return writer.writeValueAsString(FrameworkEncoder.encode(framework)) + "\n";
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
