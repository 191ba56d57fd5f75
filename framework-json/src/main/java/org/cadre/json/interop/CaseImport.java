package org.cadre.json.interop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cadre.json.DocumentLoader;
import org.cadre.json.Limits;
import org.cadre.json.LoadResult;
import org.cadre.json.internal.CaseReader;
import org.cadre.json.internal.CaseWriter;
import org.cadre.json.internal.InteropJson;
import org.cadre.json.internal.InteropSupport;
import org.cadre.model.Framework;
import org.cadre.report.CadreException;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Report;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a 1EdTech CASE 1.0 CFPackage (JSON) as a Cadre framework.
 *
 * <ul>
 *   <li>CFDocument: title, description, language, version (when it is a semantic version), creator
 *       (authors), publisher and officialSourceURL (source);</li>
 *   <li>CFItems become competencies: the id is the human coding scheme when it is a usable unique id, else
 *       the item's identifier; the title is the abbreviated statement, or the full statement when there is
 *       none (the full statement is then the description); the item type is the kind, concept keywords the
 *       tags;</li>
 *   <li>{@code isChildOf} associations make the tree, siblings ordered by {@code sequenceNumber};
 *       {@code exactMatchOf}, {@code isRelatedTo}, {@code isPeerOf}, {@code isPartOf}, {@code precedes},
 *       {@code exemplar} and {@code hasSkillLevel} between two items become relations; {@code replacedBy}
 *       retires the item in favour of its destination;</li>
 *   <li>CFRubrics become proficiency scales, their criteria about items the items' indicators; a package
 *       without rubrics gets a one-level scale {@code case-achievement}.</li>
 * </ul>
 *
 * <p>Everything else the package holds (identifiers, URIs, dates, notes, associations to other frameworks,
 * definitions…) is kept under {@code x-case} fields, so that {@link CaseExport} gives the package back. The
 * framework is then checked like a loaded one; its problems point at the item they came from. Immutable and
 * thread-safe.
 */
public final class CaseImport {

    private final Limits limits;
    private final DocumentLoader loader;

    private CaseImport(Limits limits) {
        this.limits = limits;
        this.loader = DocumentLoader.create(limits);
    }

    /** An importer with the default {@link Limits}. */
    public static CaseImport create() {
        return new CaseImport(Limits.defaults());
    }

    /** An importer with the given limits on the package's size and shape. */
    public static CaseImport create(Limits limits) {
        return new CaseImport(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Imports a package from a file.
     *
     * @throws CadreException if the file cannot be read
     */
    public ImportResult read(Path file) {
        return read(InteropSupport.readFile(file), file.toString());
    }

    /**
     * Imports a package held in bytes (UTF-8 JSON).
     *
     * @param source a name for the package in the report, such as a file name
     */
    public ImportResult read(byte[] bytes, String source) {
        InteropSupport.Parsed parsed = InteropSupport.parseJson(bytes, limits);
        if (parsed.root() == null) {
            return new ImportResult(null, Report.of(source, parsed.issues()));
        }
        CaseReader.Converted converted = CaseReader.convert(parsed.root());
        List<Issue> issues = new ArrayList<>(parsed.issues());
        issues.addAll(converted.issues());
        if (converted.framework() == null) {
            return new ImportResult(null, Report.of(source, InteropSupport.placeInJson(parsed.text(), issues, limits)));
        }
        ObjectNode document = converted.framework();
        LoadResult<Framework> loaded = loader.loadFramework(InteropJson.pretty(document), source);
        if (loaded.isValid()) {
            // Rubrics an export would not write again as they are: keep them (or their absence) as they were.
            JsonNode rubrics = parsed.root().get("CFRubrics");
            JsonNode exported = CaseWriter.write(loaded.orThrow(), converted.base(), converted.lastChange()).pkg()
                    .get("CFRubrics");
            if (!InteropJson.same(rubrics, exported)) {
                ObjectNode kept = document.has("x-case") ? (ObjectNode) document.get("x-case")
                        : document.putObject("x-case");
                if (rubrics == null) {
                    kept.putNull("CFRubrics");
                } else {
                    kept.set("CFRubrics", rubrics);
                }
                loaded = loader.loadFramework(InteropJson.pretty(document), source);
            }
        }
        for (Issue issue : loaded.report().issues()) {
            if (Codes.SCALE_UNUSED.equals(issue.code()) && issue.message().contains("[case-achievement]")) {
                continue; // the scale the import added because Cadre needs one
            }
            issues.add(InteropSupport.moved(issue, pointer -> InteropSupport.competencySource(pointer,
                    converted.itemPointers(), "/CFDocument")));
        }
        Report report = Report.of(source, InteropSupport.placeInJson(parsed.text(), issues, limits));
        return new ImportResult(loaded.value().orElse(null), report);
    }
}
