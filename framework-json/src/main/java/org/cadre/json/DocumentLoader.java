package org.cadre.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cadre.check.FrameworkChecker;
import org.cadre.json.internal.BeanCheck;
import org.cadre.json.internal.FrameworkBinder;
import org.cadre.json.internal.JsonText;
import org.cadre.json.internal.ModelCheck;
import org.cadre.json.internal.SchemaCheck;
import org.cadre.json.internal.SourceText;
import org.cadre.model.Framework;
import org.cadre.report.CadreException;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Report;
import org.cadre.report.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Loads Cadre documents: limits → UTF-8 → JSON (duplicate keys rejected) → {@code kind} and
 * {@code formatVersion} → JSON Schema → binding to the model → Bean Validation → semantic checks. The
 * result is a model or a report that lists every problem found, each with a code, a JSON Pointer, a line
 * and column and a message. Problems in a document are never thrown.
 *
 * <pre>{@code
 * DocumentLoader loader = DocumentLoader.create();
 * LoadResult<Framework> result = loader.loadFramework(Path.of("hlm.json"));
 * result.report().issues().forEach(System.err::println);
 * Framework framework = result.orThrow();
 * }</pre>
 *
 * <p>Stages run in order; a later stage runs only when the ones before it found no error, since it needs
 * their output (a document that is not JSON has no fields to check). Within a stage every problem is
 * reported. Immutable and thread-safe: share one loader.
 */
public final class DocumentLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentLoader.class);

    private static final class Schemas {
        static final SchemaCheck CHECK = new SchemaCheck();
    }

    private final Limits limits;
    private final JsonText json;

    private DocumentLoader(Limits limits) {
        this.limits = limits;
        this.json = new JsonText(limits);
    }

    /** A loader with the {@link Limits#defaults() default limits}. */
    public static DocumentLoader create() {
        return new DocumentLoader(Limits.defaults());
    }

    /** A loader with the given limits. */
    public static DocumentLoader create(Limits limits) {
        return new DocumentLoader(Objects.requireNonNull(limits, "limits"));
    }

    /** The limits this loader enforces. */
    public Limits limits() {
        return limits;
    }

    /** A loader like this one with other limits (or this one, if they are equal). */
    public DocumentLoader withLimits(Limits newLimits) {
        return limits.equals(newLimits) ? this : create(newLimits);
    }

    /**
     * Loads a framework from a file.
     *
     * @throws CadreException if the file cannot be read (the cause says why)
     */
    public LoadResult<Framework> loadFramework(Path file) {
        return loadFramework(readFile(file), file.toString());
    }

    /**
     * Loads a framework from a stream, reading at most the size limit plus one byte. The stream is not closed.
     *
     * @param source a name for the document in the report, such as a file name
     * @throws CadreException if the stream cannot be read
     */
    public LoadResult<Framework> loadFramework(InputStream in, String source) {
        return loadFramework(readStream(in, source), source);
    }

    /**
     * Loads a framework from bytes that should be UTF-8 JSON.
     *
     * @param source a name for the document in the report
     */
    public LoadResult<Framework> loadFramework(byte[] bytes, String source) {
        return framework(stage(bytes, source, Optional.of(DocumentKind.FRAMEWORK)));
    }

    private LoadResult<Framework> framework(Staged staged) {
        String source = staged.source;
        if (staged.root == null) {
            return LoadResult.invalid(finish(staged));
        }
        Framework framework = FrameworkBinder.bind(staged.root);
        staged.issues.addAll(BeanCheck.check(framework));
        staged.issues.addAll(FrameworkChecker.check(framework));
        Report report = finish(staged);
        if (LOG.isDebugEnabled()) {
            LOG.debug("framework [{}] version [{}] from [{}]: {} scales, {} competencies, {} programmes; {} errors,"
                            + " {} warnings", framework.id(), framework.version(), source, framework.scales().size(),
                    framework.competencies().size(), framework.programmes().size(), report.errors().size(),
                    report.warnings().size());
        }
        return report.isValid() ? LoadResult.valid(framework, report) : LoadResult.invalid(report);
    }

    /**
     * Loads a framework from JSON text.
     *
     * @param source a name for the document in the report
     */
    public LoadResult<Framework> loadFramework(String text, String source) {
        return loadFramework(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), source);
    }

    /**
     * Checks a document of any kind, detected from its {@code kind} field, and returns the report.
     *
     * @throws CadreException if the file cannot be read
     */
    public Report validate(Path file) {
        return validate(readFile(file), file.toString());
    }

    /** Checks a document of any kind held in bytes and returns the report. */
    public Report validate(byte[] bytes, String source) {
        Staged staged = stage(bytes, source, Optional.empty());
        if (staged.kind == null) {
            return finish(staged);
        }
        return switch (staged.kind) {
            case FRAMEWORK -> framework(staged).report();
        };
    }

    /**
     * Checks a framework built in Java (not loaded from a file) as thoroughly as a loaded one: its Bean
     * Validation constraints, extension values that must be JSON text, its document form against the
     * published schema, and the semantic checks. A framework this finds valid can be written and loaded
     * again. Issues carry JSON Pointers into the framework's document form and no line or column.
     */
    public Report check(Framework framework) {
        return Report.of("", cap(ModelCheck.check(framework, Schemas.CHECK)));
    }

    /** The document tree and kind, when the stages up to the schema found no error. */
    private static final class Staged {
        final String source;
        final List<Issue> issues = new ArrayList<>();
        String text;
        JsonNode root;
        DocumentKind kind;

        Staged(String source) {
            this.source = source;
        }
    }

    private Staged stage(byte[] bytes, String source, Optional<DocumentKind> expected) {
        Staged staged = new Staged(source);
        SourceText.Decoded decoded = SourceText.decode(bytes, limits.maxDocumentBytes());
        if (decoded.issue().isPresent()) {
            staged.issues.add(decoded.issue().get());
            return staged;
        }
        staged.text = decoded.text().orElseThrow();
        JsonText.Parsed parsed = json.parse(staged.text);
        staged.issues.addAll(parsed.issues());
        if (parsed.root().isEmpty()) {
            return staged;
        }
        JsonNode root = parsed.root().get();
        Optional<DocumentKind> kind = header(root, expected, staged.issues);
        if (kind.isEmpty()) {
            return staged;
        }
        staged.kind = kind.get();
        staged.issues.addAll(Schemas.CHECK.check(kind.get(), root));
        if (staged.issues.stream().noneMatch(Issue::isError)) {
            staged.root = root;
        }
        return staged;
    }

    private static Optional<DocumentKind> header(JsonNode root, Optional<DocumentKind> expected, List<Issue> issues) {
        String kinds = String.join(", ", java.util.Arrays.stream(DocumentKind.values())
                .map(kind -> "\"" + kind.jsonName() + "\"").toList());
        if (!root.isObject()) {
            issues.add(Issue.error(Codes.DOCUMENT_KIND, "", "the document is a JSON "
                    + (root.isArray() ? "array" : "value") + ", not an object; a Cadre document is an object"
                    + " whose \"kind\" is one of " + kinds));
            return Optional.empty();
        }
        JsonNode kindNode = root.get("kind");
        if (kindNode == null || !kindNode.isString()) {
            issues.add(Issue.error(Codes.DOCUMENT_KIND, kindNode == null ? "" : "/kind", "the document "
                    + (kindNode == null ? "has no \"kind\"" : "has a \"kind\" that is not text")
                    + "; it must say what it is: \"kind\" is one of " + kinds));
            return Optional.empty();
        }
        Optional<DocumentKind> kind = DocumentKind.fromJsonName(kindNode.asString());
        if (kind.isEmpty()) {
            issues.add(Issue.error(Codes.DOCUMENT_KIND, "/kind", "the document's kind is " + kindNode
                    + ", which Cadre does not know; it must be one of " + kinds));
            return Optional.empty();
        }
        if (expected.isPresent() && expected.get() != kind.get()) {
            issues.add(Issue.error(Codes.DOCUMENT_KIND, "/kind", "expected a " + expected.get().jsonName()
                    + " document, but its kind is " + kindNode));
            return Optional.empty();
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isString() || !version.asString().equals(DocumentKind.FORMAT_VERSION)) {
            issues.add(Issue.error(Codes.DOCUMENT_FORMAT_VERSION, version == null ? "" : "/formatVersion",
                    (version == null ? "the document has no \"formatVersion\""
                            : "the document's formatVersion is " + version + ", which this version of Cadre does"
                            + " not read") + "; it reads \"" + DocumentKind.FORMAT_VERSION + "\""));
            return Optional.empty();
        }
        return kind;
    }

    private Report finish(Staged staged) {
        List<Issue> issues = staged.issues;
        if (staged.text != null && issues.stream().anyMatch(issue -> !issue.hasPosition())) {
            Set<String> wanted = new HashSet<>();
            issues.stream().filter(issue -> !issue.hasPosition()).forEach(issue -> wanted.add(issue.pointer()));
            Map<String, int[]> positions = json.positions(staged.text, wanted);
            List<Issue> placed = new ArrayList<>(issues.size());
            for (Issue issue : issues) {
                if (issue.hasPosition()) {
                    placed.add(issue);
                } else {
                    int[] position = positions.getOrDefault(issue.pointer(), new int[] {1, 1});
                    placed.add(issue.at(position[0], position[1]));
                }
            }
            issues = placed;
        }
        return Report.of(staged.source, cap(issues));
    }

    private List<Issue> cap(List<Issue> issues) {
        if (issues.size() <= limits.maxIssues()) {
            return issues;
        }
        List<Issue> sorted = new ArrayList<>(Report.of("", issues).issues());
        List<Issue> kept = new ArrayList<>(sorted.subList(0, limits.maxIssues()));
        long moreErrors = sorted.subList(limits.maxIssues(), sorted.size()).stream().filter(Issue::isError).count();
        Issue last = kept.get(kept.size() - 1);
        kept.add(new Issue(Codes.REPORT_TRUNCATED, moreErrors > 0 ? Severity.ERROR : Severity.WARNING, "",
                last.line(), last.column(), String.format(Locale.ROOT,
                "%,d more issues were found and are not listed (the limit is %,d per document)",
                sorted.size() - limits.maxIssues(), limits.maxIssues())));
        return kept;
    }

    private byte[] readFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readStream(in, file.toString());
        } catch (IOException e) {
            throw new CadreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private byte[] readStream(InputStream in, String source) {
        try {
            return in.readNBytes((int) limits.maxDocumentBytes() + 1);
        } catch (IOException e) {
            throw new CadreException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }
}
