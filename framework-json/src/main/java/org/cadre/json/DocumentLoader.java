package org.cadre.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.cadre.check.FrameworkChecker;
import org.cadre.check.PersonChecker;
import org.cadre.json.internal.BeanCheck;
import org.cadre.json.internal.FrameworkBinder;
import org.cadre.json.internal.JsonLines;
import org.cadre.json.internal.JsonText;
import org.cadre.json.internal.ModelCheck;
import org.cadre.json.internal.OrderedBatches;
import org.cadre.json.internal.PersonCodec;
import org.cadre.json.internal.PersonLineFastPath;
import org.cadre.json.internal.CatalogueCodec;
import org.cadre.json.internal.PlanCodec;
import org.cadre.json.internal.SchemaCheck;
import org.cadre.json.internal.SourceText;
import org.cadre.model.Framework;
import org.cadre.model.PlanPolicy;
import org.cadre.person.Person;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.plan.Catalogue;
import org.cadre.plan.CatalogueChecker;
import org.cadre.plan.Plan;
import org.cadre.plan.PlanChecker;
import org.cadre.report.Pointers;
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
 * <p>Frameworks, person records, cohorts (a document with a list of people, or a JSON Lines stream read
 * one line at a time) and development plans all load this way. A plan loaded together with a framework is
 * also checked against it and its plan policy ({@link PlanChecker}). A person or cohort loaded together
 * with a framework and an as-of date is also checked against that framework ({@link PersonChecker}).
 * Person records and plans are personal data: the loader logs ids and counts, never ratings, facts,
 * references, rationales or notes.
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
    /** Reads a valid cohort line quickly; {@code null} in tests that compare it with the full path. */
    private final PersonLineFastPath fastPath;

    private DocumentLoader(Limits limits) {
        this(limits, true);
    }

    private DocumentLoader(Limits limits, boolean fastPath) {
        this.limits = limits;
        this.json = new JsonText(limits);
        this.fastPath = fastPath ? new PersonLineFastPath(limits) : null;
    }

    /**
     * A loader that reads every line of a JSON Lines cohort through the full path (parse, schema, binding),
     * never the fast path; for tests that check the two agree.
     */
    static DocumentLoader fullPathOnly(Limits limits) {
        return new DocumentLoader(limits, false);
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
        staged.issues.addAll(FrameworkChecker.check(framework, limits.maxRuleCost()));
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
     * Checks a document of any kind (framework, person, cohort, plan or catalogue), detected from its {@code kind} field, and
     * returns the report. A JSON Lines cohort is not one document: read it with
     * {@link #streamCohort(Path, Consumer)}.
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
            case PERSON -> person(staged, null, null).report();
            case COHORT -> cohort(staged, null, null).report();
            case PLAN -> plan(staged, null).report();
            case CATALOGUE -> catalogue(staged, null).report();
        };
    }

    /**
     * Checks a framework built in Java (not loaded from a file) as thoroughly as a loaded one: its Bean
     * Validation constraints, extension values that must be JSON text, its document form against the
     * published schema, and the semantic checks. A framework this finds valid can be written and loaded
     * again. Issues carry JSON Pointers into the framework's document form and no line or column.
     */
    public Report check(Framework framework) {
        return Report.of("", cap(ModelCheck.check(framework, Schemas.CHECK, limits.maxRuleCost())));
    }

    // ------------------------------------------------------------------------------------------ people

    /**
     * Loads one person's record from a file.
     *
     * @throws CadreException if the file cannot be read (the cause says why)
     */
    public LoadResult<Person> loadPerson(Path file) {
        return loadPerson(readFile(file), file.toString());
    }

    /**
     * Loads one person's record from a stream, reading at most the size limit plus one byte. The stream is
     * not closed.
     *
     * @param source a name for the document in the report, such as a file name
     * @throws CadreException if the stream cannot be read
     */
    public LoadResult<Person> loadPerson(InputStream in, String source) {
        return loadPerson(readStream(in, source), source);
    }

    /**
     * Loads one person's record from bytes that should be UTF-8 JSON.
     *
     * @param source a name for the document in the report
     */
    public LoadResult<Person> loadPerson(byte[] bytes, String source) {
        return person(stage(bytes, source, Optional.of(DocumentKind.PERSON)), null, null);
    }

    /**
     * Loads one person's record from JSON text.
     *
     * @param source a name for the document in the report
     */
    public LoadResult<Person> loadPerson(String text, String source) {
        return loadPerson(utf8(text), source);
    }

    /**
     * Loads one person's record from a file and checks it against a framework at an as-of date (see
     * {@link #checkPerson(Framework, Person, LocalDate)}); the record is invalid if that finds an error.
     *
     * @throws CadreException if the file cannot be read
     */
    public LoadResult<Person> loadPerson(Path file, Framework framework, LocalDate asOf) {
        return loadPerson(readFile(file), file.toString(), framework, asOf);
    }

    /**
     * Loads one person's record from a stream and checks it against a framework at an as-of date. The
     * stream is not closed.
     *
     * @throws CadreException if the stream cannot be read
     */
    public LoadResult<Person> loadPerson(InputStream in, String source, Framework framework, LocalDate asOf) {
        return loadPerson(readStream(in, source), source, framework, asOf);
    }

    /** Loads one person's record from bytes and checks it against a framework at an as-of date. */
    public LoadResult<Person> loadPerson(byte[] bytes, String source, Framework framework, LocalDate asOf) {
        return person(stage(bytes, source, Optional.of(DocumentKind.PERSON)), required(framework, "framework"),
                required(asOf, "asOf"));
    }

    /** Loads one person's record from JSON text and checks it against a framework at an as-of date. */
    public LoadResult<Person> loadPerson(String text, String source, Framework framework, LocalDate asOf) {
        return loadPerson(utf8(text), source, framework, asOf);
    }

    /**
     * Loads a cohort document ({@code "kind": "cohort"}): a list of people with unique ids.
     *
     * @throws CadreException if the file cannot be read
     */
    public LoadResult<List<Person>> loadCohort(Path file) {
        return loadCohort(readFile(file), file.toString());
    }

    /**
     * Loads a cohort document from a stream, reading at most the size limit plus one byte. The stream is
     * not closed. For cohorts too large for one document, use JSON Lines and
     * {@link #streamCohort(InputStream, String, Consumer)}.
     *
     * @throws CadreException if the stream cannot be read
     */
    public LoadResult<List<Person>> loadCohort(InputStream in, String source) {
        return loadCohort(readStream(in, source), source);
    }

    /** Loads a cohort document from bytes that should be UTF-8 JSON. */
    public LoadResult<List<Person>> loadCohort(byte[] bytes, String source) {
        return cohort(stage(bytes, source, Optional.of(DocumentKind.COHORT)), null, null);
    }

    /** Loads a cohort document from JSON text. */
    public LoadResult<List<Person>> loadCohort(String text, String source) {
        return loadCohort(utf8(text), source);
    }

    /**
     * Loads a cohort document from a file and checks each person against a framework at an as-of date; the
     * cohort is invalid if any person has an error.
     *
     * @throws CadreException if the file cannot be read
     */
    public LoadResult<List<Person>> loadCohort(Path file, Framework framework, LocalDate asOf) {
        return loadCohort(readFile(file), file.toString(), framework, asOf);
    }

    /**
     * Loads a cohort document from a stream and checks each person against a framework at an as-of date.
     * The stream is not closed.
     *
     * @throws CadreException if the stream cannot be read
     */
    public LoadResult<List<Person>> loadCohort(InputStream in, String source, Framework framework,
                                               LocalDate asOf) {
        return loadCohort(readStream(in, source), source, framework, asOf);
    }

    /** Loads a cohort document from bytes and checks each person against a framework at an as-of date. */
    public LoadResult<List<Person>> loadCohort(byte[] bytes, String source, Framework framework, LocalDate asOf) {
        return cohort(stage(bytes, source, Optional.of(DocumentKind.COHORT)), required(framework, "framework"),
                required(asOf, "asOf"));
    }

    /** Loads a cohort document from JSON text and checks each person against a framework at an as-of date. */
    public LoadResult<List<Person>> loadCohort(String text, String source, Framework framework, LocalDate asOf) {
        return loadCohort(utf8(text), source, framework, asOf);
    }

    /**
     * Reads a JSON Lines cohort from a file, one person per line; see
     * {@link #streamCohort(InputStream, String, Consumer)}.
     *
     * @throws CadreException if the file cannot be read
     */
    public Report streamCohort(Path file, Consumer<Person> sink) {
        return streamFile(file, null, null, sink);
    }

    /**
     * Reads a JSON Lines cohort: each non-blank line holds one person's record as a JSON object, written as
     * in a person document ({@code kind} and {@code formatVersion} may be left out; if given they must be
     * {@code "person"} and {@code "1.0"}). The stream is read one line at a time and each valid person is
     * handed to {@code sink} as soon as its line is read, so a cohort of any size needs memory for one line
     * (at most {@link Limits#maxDocumentBytes()} bytes), the report and the ids seen so far (kept compactly:
     * a fingerprint and the id's UTF-8 bytes, 10 to 22 bytes a person besides the id's bytes; nothing when
     * {@link Limits#withCohortDuplicateCheck(boolean)} turns the duplicate check off).
     *
     * <p>Lines are parsed and checked on {@link Limits#cohortThreads()} threads (by default as many as the
     * machine has processors): the calling thread reads the lines and hands them in batches to worker threads,
     * and a bounded number of batches is in flight at a time. The sink is still called on the calling thread,
     * one person at a time and in the order of the lines, and the report is the same whatever the number of
     * threads. No worker thread is left running when this returns or throws. A line that is certainly valid
     * is bound straight from the parser's tokens; any other line goes through the full checks, so the issues
     * are the same either way.
     *
     * <p>A line with an error (not JSON, not UTF-8, too long, against the schema, a person id already seen
     * on an earlier line, unless that check is off) is skipped and its person is not handed on; the other lines are read as usual.
     * Issues carry the line number in the file as their line, the column within that line, and JSON Pointers
     * into the line's object. When lines were skipped, a last {@link org.cadre.report.Codes#COHORT_SKIPPED}
     * warning says how many of how many. The report is capped at {@link Limits#maxIssues()} issues, besides
     * that warning. The stream is not closed.
     *
     * @param source a name for the stream in the report, such as a file name
     * @param sink   receives each valid person, in the order of the lines, on the calling thread; what it
     *               throws is not caught: it stops the stream and reaches the caller
     * @return every issue found
     * @throws CadreException if the stream cannot be read, or the calling thread is interrupted while it waits
     *                        for the worker threads
     */
    public Report streamCohort(InputStream in, String source, Consumer<Person> sink) {
        return stream(in, source, null, null, sink);
    }

    /**
     * Reads a JSON Lines cohort from a file and checks each person against a framework at an as-of date; a
     * person with an error is skipped like a broken line.
     *
     * @throws CadreException if the file cannot be read
     */
    public Report streamCohort(Path file, Framework framework, LocalDate asOf, Consumer<Person> sink) {
        return streamFile(file, required(framework, "framework"), required(asOf, "asOf"), sink);
    }

    /**
     * Reads a JSON Lines cohort (see {@link #streamCohort(InputStream, String, Consumer)}) and checks each
     * person against a framework at an as-of date; a person with an error is skipped like a broken line.
     *
     * @throws CadreException if the stream cannot be read
     */
    public Report streamCohort(InputStream in, String source, Framework framework, LocalDate asOf,
                               Consumer<Person> sink) {
        return stream(in, source, required(framework, "framework"), required(asOf, "asOf"), sink);
    }

    /**
     * Checks a person's record against a framework at an as-of date: competencies, levels and programmes
     * that exist, nothing dated after the as-of date, and facts the framework declares, of the right type and
     * value. Issues carry JSON Pointers into the record's document form and no line or column.
     *
     * @throws NullPointerException if an argument is null
     */
    public Report checkPerson(Framework framework, Person person, LocalDate asOf) {
        return Report.of("", cap(PersonChecker.check(framework, person, asOf)));
    }

    // ------------------------------------------------------------------------------------------- plans

    /**
     * Loads a development plan from a file.
     *
     * @throws CadreException if the file cannot be read (the cause says why)
     */
    public LoadResult<Plan> loadPlan(Path file) {
        return loadPlan(readFile(file), file.toString());
    }

    /**
     * Loads a development plan from a stream, reading at most the size limit plus one byte. The stream is
     * not closed.
     *
     * @param source a name for the document in the report, such as a file name
     * @throws CadreException if the stream cannot be read
     */
    public LoadResult<Plan> loadPlan(InputStream in, String source) {
        return loadPlan(readStream(in, source), source);
    }

    /**
     * Loads a development plan from bytes that should be UTF-8 JSON.
     *
     * @param source a name for the document in the report
     */
    public LoadResult<Plan> loadPlan(byte[] bytes, String source) {
        return plan(stage(bytes, source, Optional.of(DocumentKind.PLAN)), null);
    }

    /**
     * Loads a development plan from JSON text.
     *
     * @param source a name for the document in the report
     */
    public LoadResult<Plan> loadPlan(String text, String source) {
        return loadPlan(utf8(text), source);
    }

    /**
     * Loads a development plan from a file and checks it against a framework and the framework's plan policy
     * (see {@link #checkPlan(Framework, Plan)}); the plan is invalid if that finds an error. The checker's
     * issues carry the line and column of the part of the file at fault.
     *
     * @throws CadreException if the file cannot be read
     */
    public LoadResult<Plan> loadPlan(Path file, Framework framework) {
        return loadPlan(file, PlanContext.of(required(framework, "framework")));
    }

    /**
     * Loads a development plan from a stream and checks it against a framework and its plan policy. The
     * stream is read to its end or to the size limit plus one byte, and is not closed.
     *
     * @throws CadreException if the stream cannot be read
     */
    public LoadResult<Plan> loadPlan(InputStream in, String source, Framework framework) {
        return loadPlan(readStream(in, source), source, PlanContext.of(required(framework, "framework")));
    }

    /** Loads a development plan from bytes and checks it against a framework and its plan policy. */
    public LoadResult<Plan> loadPlan(byte[] bytes, String source, Framework framework) {
        return loadPlan(bytes, source, PlanContext.of(required(framework, "framework")));
    }

    /** Loads a development plan from JSON text and checks it against a framework and its plan policy. */
    public LoadResult<Plan> loadPlan(String text, String source, Framework framework) {
        return loadPlan(utf8(text), source, framework);
    }

    /**
     * Loads a development plan from a file, checks it against a framework and its plan policy, and checks
     * that it addresses what the person still lacks for its target at the date
     * ({@link PlanChecker#coverage}). The framework must be valid.
     *
     * @throws CadreException          if the file cannot be read
     * @throws org.cadre.report.InvalidDocumentException if the framework has errors
     */
    public LoadResult<Plan> loadPlan(Path file, Framework framework, Person person, LocalDate asOf) {
        return loadPlan(file, PlanContext.of(required(framework, "framework")).withPerson(person, asOf));
    }

    /** Loads a plan from bytes; checks it against a framework, its policy and the person's record. */
    public LoadResult<Plan> loadPlan(byte[] bytes, String source, Framework framework, Person person,
                                     LocalDate asOf) {
        return loadPlan(bytes, source, PlanContext.of(required(framework, "framework")).withPerson(person, asOf));
    }

    /**
     * Loads a development plan from a file and checks it in a context: a framework and its plan policy, and
     * where the context has them, an activity catalogue and the person's record at a date.
     *
     * @throws CadreException if the file cannot be read
     */
    public LoadResult<Plan> loadPlan(Path file, PlanContext context) {
        return loadPlan(readFile(file), file.toString(), context);
    }

    /** Loads a development plan from bytes and checks it in a context. */
    public LoadResult<Plan> loadPlan(byte[] bytes, String source, PlanContext context) {
        return plan(stage(bytes, source, Optional.of(DocumentKind.PLAN)), required(context, "context"));
    }

    /**
     * Checks a development plan against a framework and the framework's plan policy ({@link PlanPolicy#NONE}
     * when it has none): references, dates, goals served by activities, and the policy's length, hours,
     * learning mix, review cadence and approvals ({@link PlanChecker}). Issues carry JSON Pointers into the
     * plan's document form and no line or column.
     *
     * @throws NullPointerException if an argument is null
     */
    public Report checkPlan(Framework framework, Plan plan) {
        return checkPlan(PlanContext.of(required(framework, "framework")), plan);
    }

    /** Checks a development plan built in Java in a context (see {@link #loadPlan(Path, PlanContext)}). */
    public Report checkPlan(PlanContext context, Plan plan) {
        return Report.of("", cap(required(context, "context").check(required(plan, "plan"))));
    }

    private LoadResult<Plan> plan(Staged staged, PlanContext context) {
        if (staged.root == null) {
            return LoadResult.invalid(finish(staged));
        }
        Plan plan = PlanCodec.bind(staged.root);
        if (context != null) {
            staged.issues.addAll(context.check(plan));
        }
        Report report = finish(staged);
        if (LOG.isDebugEnabled()) {
            LOG.debug("plan [{}] from [{}]: {} goals, {} activities, {} reviews; {} errors, {} warnings", plan.id(),
                    staged.source, plan.goals().size(), plan.activities().size(), plan.reviews().size(),
                    report.errors().size(), report.warnings().size());
        }
        return report.isValid() ? LoadResult.valid(plan, report) : LoadResult.invalid(report);
    }

    // -------------------------------------------------------------------------------------- catalogues

    /**
     * Loads an activity catalogue from a file, checking its form only.
     *
     * @throws CadreException if the file cannot be read
     */
    public LoadResult<Catalogue> loadCatalogue(Path file) {
        return catalogue(stage(readFile(file), file.toString(), Optional.of(DocumentKind.CATALOGUE)), null);
    }

    /** Loads an activity catalogue from bytes, checking its form only. */
    public LoadResult<Catalogue> loadCatalogue(byte[] bytes, String source) {
        return catalogue(stage(bytes, source, Optional.of(DocumentKind.CATALOGUE)), null);
    }

    /**
     * Loads an activity catalogue from a file and checks it against a framework and its plan policy: the
     * framework it names, unique item ids, the competencies and levels items name, their types
     * ({@link CatalogueChecker}).
     *
     * @throws CadreException if the file cannot be read
     */
    public LoadResult<Catalogue> loadCatalogue(Path file, Framework framework) {
        return loadCatalogue(readFile(file), file.toString(), framework);
    }

    /** Loads an activity catalogue from bytes and checks it against a framework and its plan policy. */
    public LoadResult<Catalogue> loadCatalogue(byte[] bytes, String source, Framework framework) {
        return catalogue(stage(bytes, source, Optional.of(DocumentKind.CATALOGUE)), required(framework,
                "framework"));
    }

    /** Checks an activity catalogue built in Java against a framework and its plan policy. */
    public Report checkCatalogue(Framework framework, Catalogue catalogue) {
        return Report.of("", cap(CatalogueChecker.check(required(framework, "framework"),
                required(catalogue, "catalogue"), framework.planPolicy().orElse(PlanPolicy.NONE))));
    }

    private LoadResult<Catalogue> catalogue(Staged staged, Framework framework) {
        if (staged.root == null) {
            return LoadResult.invalid(finish(staged));
        }
        Catalogue catalogue = CatalogueCodec.bind(staged.root);
        if (framework != null) {
            staged.issues.addAll(CatalogueChecker.check(framework, catalogue,
                    framework.planPolicy().orElse(PlanPolicy.NONE)));
        }
        Report report = finish(staged);
        LOG.debug("catalogue [{}] from [{}]: {} items; {} errors, {} warnings", catalogue.id(), staged.source,
                catalogue.items().size(), report.errors().size(), report.warnings().size());
        return report.isValid() ? LoadResult.valid(catalogue, report) : LoadResult.invalid(report);
    }

    private static <T> T required(T value, String name) {
        return Objects.requireNonNull(value, name);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private Report streamFile(Path file, Framework framework, LocalDate asOf, Consumer<Person> sink) {
        try (InputStream in = Files.newInputStream(file)) {
            return stream(in, file.toString(), framework, asOf, sink);
        } catch (IOException e) {
            throw new CadreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private LoadResult<Person> person(Staged staged, Framework framework, LocalDate asOf) {
        if (staged.root == null) {
            return LoadResult.invalid(finish(staged));
        }
        Person person = PersonCodec.bind(staged.root);
        if (framework != null) {
            staged.issues.addAll(PersonChecker.check(framework, person, asOf));
        }
        Report report = finish(staged);
        if (LOG.isDebugEnabled()) {
            LOG.debug("person [{}] from [{}]: {} ratings, {} evidence, {} programmes, {} facts; {} errors, {} warnings",
                    person.id(), staged.source, person.ratings().size(), person.evidence().size(),
                    person.programmes().size(), person.numbers().size() + person.strings().size(),
                    report.errors().size(), report.warnings().size());
        }
        return report.isValid() ? LoadResult.valid(person, report) : LoadResult.invalid(report);
    }

    private LoadResult<List<Person>> cohort(Staged staged, Framework framework, LocalDate asOf) {
        if (staged.root == null) {
            return LoadResult.invalid(finish(staged));
        }
        JsonNode list = staged.root.get("people");
        List<Person> people = new ArrayList<>(list.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Person person = PersonCodec.bind(list.get(i));
            String base = Pointers.of("people", i);
            Integer first = seen.putIfAbsent(person.id(), i);
            if (first != null) {
                staged.issues.add(Issue.error(Codes.PERSON_DUPLICATE_ID, Pointers.append(base, "id"), "person ["
                        + person.id() + "] is already in the cohort at /people/" + first + "; each person appears"
                        + " once"));
            }
            if (framework != null) {
                for (Issue issue : PersonChecker.check(framework, person, asOf)) {
                    staged.issues.add(within(base, issue));
                }
            }
            people.add(person);
        }
        Report report = finish(staged);
        if (LOG.isDebugEnabled()) {
            LOG.debug("cohort from [{}]: {} people; {} errors, {} warnings", staged.source, people.size(),
                    report.errors().size(), report.warnings().size());
        }
        return report.isValid() ? LoadResult.valid(List.copyOf(people), report) : LoadResult.invalid(report);
    }

    private static Issue within(String base, Issue issue) {
        return new Issue(issue.code(), issue.severity(), base + issue.pointer(), issue.line(), issue.column(),
                issue.message());
    }

    /** Keeps the first issues up to the limit, in the order found, and counts the rest. */
    private static final class Capped {
        final int max;
        final List<Issue> kept = new ArrayList<>();
        long more;
        boolean moreErrors;

        Capped(int max) {
            this.max = max;
        }

        void add(Issue issue) {
            if (kept.size() < max) {
                kept.add(issue);
            } else {
                more++;
                moreErrors |= issue.isError();
            }
        }

        List<Issue> issues() {
            List<Issue> all = new ArrayList<>(kept);
            if (more > 0) {
                Issue last = kept.get(kept.size() - 1);
                all.add(new Issue(Codes.REPORT_TRUNCATED, moreErrors ? Severity.ERROR : Severity.WARNING, "",
                        last.line(), last.column(), String.format(Locale.ROOT,
                        "%,d more issues were found and are not listed (the limit is %,d per document)", more, max)));
            }
            return all;
        }
    }

    /** Lines per batch handed to a worker thread. */
    private static final int BATCH_LINES = 128;
    /** Characters after which a batch is handed on before it has {@link #BATCH_LINES} lines. */
    private static final long BATCH_CHARS = 1L << 20;
    /** The most characters of lines read and not yet handed to the sink (a longer line still goes, alone). */
    private static final long PENDING_CHARS = 4L << 20;

    private Report stream(InputStream in, String source, Framework framework, LocalDate asOf,
                          Consumer<Person> sink) {
        return stream(in, source, framework, asOf, sink, SeenIds.forCheck(limits.cohortDuplicateCheck()));
    }

    /**
     * Streams a cohort remembering ids in {@code ids}; package-private so tests can look at the table. The
     * calling thread reads the lines and, with more than one {@link Limits#cohortThreads() thread}, hands them
     * in batches to worker threads that parse and check them ({@link #checkLine}); the results come back to the
     * calling thread in the order of the lines, where the ids are looked up, the issues kept and the people
     * handed to the sink ({@link CohortRun}). With one thread everything happens on the calling thread, a
     * line at a time.
     */
    Report stream(InputStream in, String source, Framework framework, LocalDate asOf, Consumer<Person> sink,
                  SeenIds ids) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sink, "sink");
        JsonLines lines = new JsonLines(in, limits.maxDocumentBytes());
        CohortRun run = new CohortRun(new Capped(limits.maxIssues()), ids, sink);
        int threads = limits.cohortThreads();
        int batchLines = threads == 1 ? 1 : BATCH_LINES;
        try (OrderedBatches<RawLine, CheckedLine> batches = new OrderedBatches<>(threads, threads + 2,
                PENDING_CHARS, line -> checkLine(line, framework, asOf), run::handOn)) {
            List<RawLine> batch = new ArrayList<>();
            long chars = 0;
            try {
                for (Optional<JsonLines.Line> next = lines.next(); next.isPresent(); next = lines.next()) {
                    JsonLines.Line line = next.get();
                    if (line.issue().isPresent()) {
                        batch.add(new RawLine(line.number(), null, line.issue().get()));
                    } else {
                        String text = line.text().orElseThrow();
                        if (text.isBlank()) {
                            continue;
                        }
                        batch.add(new RawLine(line.number(), text, null));
                        chars += text.length();
                    }
                    if (batch.size() >= batchLines || chars >= BATCH_CHARS) {
                        batches.submit(batch, chars);
                        batch.clear();
                        chars = 0;
                    }
                }
            } catch (IOException e) {
                // As on one thread: the people on the lines read before the error reach the sink first.
                batches.finish(batch, chars);
                throw new CadreException("cannot read " + source + ": " + e.getMessage(), e);
            }
            batches.finish(batch, chars);
        }
        List<Issue> all = run.issues.issues();
        if (run.skipped > 0) {
            all.add(Issue.warning(Codes.COHORT_SKIPPED, "", String.format(Locale.ROOT, "%,d of %,d lines were"
                    + " skipped because they have errors (each is listed with its line number); the people on the"
                    + " other %,d lines were read", run.skipped, run.total, run.total - run.skipped)));
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("JSON Lines cohort from [{}]: {} lines with a person, {} read, {} skipped", source, run.total,
                    run.total - run.skipped, run.skipped);
        }
        return Report.of(source, all);
    }

    /** A non-blank line as read: its number and its text, or the issue that kept it from being read. */
    private record RawLine(int number, String text, Issue issue) {
    }

    /**
     * What the checks of one line found, with every issue already placed at the line: the issues of reading,
     * parsing, the schema and binding; the person, when it was bound; and the issues of the checks against the
     * framework. Whether the person's id was seen before is left to the calling thread.
     */
    private record CheckedLine(String text, int number, List<Issue> found, Person person, List<Issue> checked) {
    }

    /**
     * The work on one line, on any thread: the fast path, or the full path when the fast path declines; then,
     * for a bound person, the checks against the framework.
     */
    private CheckedLine checkLine(RawLine line, Framework framework, LocalDate asOf) {
        if (line.issue() != null) {
            return new CheckedLine(null, line.number(), List.of(line.issue()), null, List.of());
        }
        String text = line.text();
        Optional<Person> fast = fastPath == null ? Optional.empty() : fastPath.read(text);
        List<Issue> found = new ArrayList<>();
        Person person = fast.isPresent() ? fast.get() : boundLine(text, found);
        List<Issue> checked = person == null || framework == null ? List.of()
                : placed(text, line.number(), PersonChecker.check(framework, person, asOf));
        return new CheckedLine(text, line.number(), placed(text, line.number(), found), person, checked);
    }

    /** The calling thread's part of a stream: in the order of the lines, ids, issues, counts and the sink. */
    private final class CohortRun {
        final Capped issues;
        final SeenIds ids;
        final Consumer<Person> sink;
        long total;
        long skipped;

        CohortRun(Capped issues, SeenIds ids, Consumer<Person> sink) {
            this.issues = issues;
            this.ids = ids;
            this.sink = sink;
        }

        void handOn(CheckedLine line) {
            total++;
            boolean error = false;
            for (Issue issue : line.found()) {
                issues.add(issue);
                error |= issue.isError();
            }
            Person person = line.person();
            if (person != null) {
                int first = ids.firstLine(person.id(), line.number());
                if (first != 0) {
                    error = true;
                    issues.add(placed(line.text(), line.number(), List.of(Issue.error(Codes.PERSON_DUPLICATE_ID,
                            "/id", String.format(Locale.ROOT, "person [%s] is already on line %,d; each person"
                                    + " appears once in a cohort", person.id(), first)))).get(0));
                }
                for (Issue issue : line.checked()) {
                    issues.add(issue);
                    error |= issue.isError();
                }
            }
            if (person == null || error) {
                skipped++;
            } else {
                sink.accept(person);
            }
        }
    }

    /**
     * The full path for one line: parse with the limits, header, schema, dates, then binding. The person, or
     * {@code null} when the line has an error (added to {@code issues}).
     */
    private Person boundLine(String text, List<Issue> issues) {
        JsonText.Parsed parsed = json.parse(text);
        issues.addAll(parsed.issues());
        if (parsed.root().isEmpty() || issues.stream().anyMatch(Issue::isError)) {
            return null;
        }
        JsonNode root = parsed.root().get();
        if (!root.isObject()) {
            issues.add(Issue.error(Codes.DOCUMENT_KIND, "", "the line holds a JSON " + (root.isArray() ? "array"
                    : "value") + ", not an object; each line of a JSON Lines cohort holds one person as an object"));
            return null;
        }
        JsonNode kind = root.get("kind");
        if (kind != null && !(kind.isString() && kind.asString().equals(DocumentKind.PERSON.jsonName()))) {
            issues.add(Issue.error(Codes.DOCUMENT_KIND, "/kind", "the line's kind is " + kind + "; each line of a"
                    + " JSON Lines cohort holds one person, so its \"kind\", if given, is \"person\""));
        }
        JsonNode version = root.get("formatVersion");
        if (version != null && !(version.isString() && version.asString().equals(DocumentKind.FORMAT_VERSION))) {
            issues.add(Issue.error(Codes.DOCUMENT_FORMAT_VERSION, "/formatVersion", "the line's formatVersion is "
                    + version + ", which this version of Cadre does not read; it reads \""
                    + DocumentKind.FORMAT_VERSION + "\""));
        }
        if (issues.stream().anyMatch(Issue::isError)) {
            return null;
        }
        issues.addAll(Schemas.CHECK.checkPersonBody(root));
        if (issues.stream().noneMatch(Issue::isError)) {
            issues.addAll(PersonCodec.dateIssues(root, ""));
        }
        if (issues.stream().anyMatch(Issue::isError)) {
            return null;
        }
        return PersonCodec.bind(root);
    }

    /** The issues of one line, placed at that line of the file and at their column within it. */
    private List<Issue> placed(String text, int number, List<Issue> issues) {
        if (issues.isEmpty()) {
            return issues;
        }
        Set<String> wanted = new HashSet<>();
        issues.stream().filter(issue -> !issue.hasPosition()).forEach(issue -> wanted.add(issue.pointer()));
        Map<String, int[]> positions = wanted.isEmpty() ? Map.of() : json.positions(text, wanted);
        List<Issue> placed = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            int[] position = issue.hasPosition() ? new int[] {issue.line(), issue.column()}
                    : positions.getOrDefault(issue.pointer(), new int[] {1, 1});
            placed.add(issue.at(number, columnInLine(text, position[0], position[1])));
        }
        return placed;
    }

    /**
     * The column in a JSON Lines line of a position the parser gives as line and column within that line's
     * text. The parser counts a lone carriage return as a line break, and a line of JSON Lines may hold one
     * (it is JSON white space), so a position after it is on the parser's second line; counted from the
     * line's start instead, the column names the right character. Found by the hostile-input test.
     */
    private static int columnInLine(String text, int line, int column) {
        int start = 0;
        for (int breaks = 1; breaks < line; breaks++) {
            int carriageReturn = text.indexOf('\r', start);
            if (carriageReturn < 0) {
                return column;
            }
            start = carriageReturn + 1;
        }
        return start + column;
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
        staged.issues.addAll(Schemas.CHECK.check(kind.get(), root, parsed.numbersBeyondLong()));
        if (staged.issues.stream().noneMatch(Issue::isError)) {
            if (staged.kind == DocumentKind.PERSON) {
                staged.issues.addAll(PersonCodec.dateIssues(root, ""));
            } else if (staged.kind == DocumentKind.PLAN) {
                staged.issues.addAll(PlanCodec.dateIssues(root));
            } else if (staged.kind == DocumentKind.FRAMEWORK) {
                staged.issues.addAll(FrameworkBinder.planPolicyIssues(root));
            } else if (staged.kind == DocumentKind.COHORT) {
                JsonNode people = root.get("people");
                for (int i = 0; i < people.size(); i++) {
                    staged.issues.addAll(PersonCodec.dateIssues(people.get(i), Pointers.of("people", i)));
                }
            }
        }
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
