package org.cadre.json.interop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cadre.json.DocumentLoader;
import org.cadre.json.Limits;
import org.cadre.json.LoadResult;
import org.cadre.json.internal.InteropJson;
import org.cadre.json.internal.InteropSupport;
import org.cadre.json.internal.MoodleCodec;
import org.cadre.json.internal.SourceText;
import org.cadre.model.Framework;
import org.cadre.report.CadreException;
import org.cadre.report.Issue;
import org.cadre.report.Report;

/**
 * Reads and writes Moodle's competency framework CSV, the format of Moodle's "Import competency framework"
 * and "Export competency framework" tool: a header row, a row for the framework ({@code Is framework} = 1)
 * and a row per competency, with the columns parent ID number, ID number, short name, description,
 * description format, scale values, scale configuration, rule type, rule outcome, rule config,
 * cross-referenced competency ID numbers, exported ID, is framework and taxonomy.
 *
 * <ul>
 *   <li>ID number → id (made into a Cadre id where it is not one; the original is kept under
 *       {@code x-moodle}), short name → title, description → description, kept as text whatever its format
 *       (HTML is never rendered), parent ID number → parent;</li>
 *   <li>scale values and configuration → a proficiency scale (levels in order, the Moodle scale id as the
 *       scale's id; default and proficient values under the scale's {@code x-moodle} when they are not the
 *       lowest level and every level above it); roots are rated on the framework row's scale;</li>
 *   <li>the framework row's taxonomy → the kind of the competencies at each depth; cross-referenced ID numbers
 *       → {@code isRelatedTo} relations;</li>
 *   <li>rules: "all children proficient" and "points" (when every competency counts the same) become a named
 *       rule {@code ID:moodle-rule}; the rule's cells are kept under {@code x-moodle} so that the export gives
 *       them back.</li>
 * </ul>
 *
 * <p>The export writes the same columns; what the CSV cannot carry (programmes, rules, indicators, versions,
 * translations, relations other than {@code isRelatedTo}…) is left out and named in the warnings. Immutable
 * and thread-safe.
 */
public final class MoodleCsv {

    private final Limits limits;
    private final DocumentLoader loader;

    private MoodleCsv(Limits limits) {
        this.limits = limits;
        this.loader = DocumentLoader.create(limits);
    }

    /** A reader and writer with the default {@link Limits} (the size limit applies to the CSV file). */
    public static MoodleCsv create() {
        return new MoodleCsv(Limits.defaults());
    }

    /** A reader and writer with the given limits. */
    public static MoodleCsv create(Limits limits) {
        return new MoodleCsv(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Imports a CSV file.
     *
     * @throws CadreException if the file cannot be read
     */
    public ImportResult read(Path file) {
        return read(InteropSupport.readFile(file), file.toString());
    }

    /**
     * Imports a CSV held in bytes (UTF-8, with or without a byte order mark).
     *
     * @param source a name for the CSV in the report, such as a file name
     */
    public ImportResult read(byte[] bytes, String source) {
        SourceText.Decoded decoded = InteropSupport.decode(bytes, limits);
        if (decoded.text().isEmpty()) {
            return new ImportResult(null, Report.of(source, decoded.issue().map(List::of).orElse(List.of())));
        }
        MoodleCodec.Converted converted = MoodleCodec.read(decoded.text().get(), limits);
        List<Issue> issues = new ArrayList<>(converted.issues());
        if (converted.framework() == null) {
            return new ImportResult(null, Report.of(source, place(issues, converted.lines())));
        }
        LoadResult<Framework> loaded = loader.loadFramework(InteropJson.pretty(converted.framework()), source);
        for (Issue issue : loaded.report().issues()) {
            issues.add(InteropSupport.moved(issue, pointer -> InteropSupport.competencySource(pointer,
                    converted.rowPointers(), "/rows/2")));
        }
        return new ImportResult(loaded.value().orElse(null), Report.of(source, place(issues, converted.lines())));
    }

    private static List<Issue> place(List<Issue> issues, Map<String, Integer> lines) {
        List<Issue> placed = new ArrayList<>();
        for (Issue issue : issues) {
            Integer line = null;
            if (!issue.hasPosition() && issue.pointer().startsWith("/rows/")) {
                String rest = issue.pointer().substring("/rows/".length());
                int slash = rest.indexOf('/');
                line = lines.get("/rows/" + (slash < 0 ? rest : rest.substring(0, slash)));
            }
            placed.add(line == null ? issue : issue.at(line, 1));
        }
        return placed;
    }

    /** The framework as Moodle's competency CSV (UTF-8 text, RFC 4180 quoting) and what it could not carry. */
    public ExportResult write(Framework framework) {
        Objects.requireNonNull(framework, "framework");
        MoodleCodec.Written written = MoodleCodec.write(framework);
        return new ExportResult(written.text(), Report.of("", written.warnings()));
    }
}
