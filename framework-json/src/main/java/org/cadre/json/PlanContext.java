package org.cadre.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.model.Framework;
import org.cadre.model.PlanPolicy;
import org.cadre.person.Person;
import org.cadre.plan.Catalogue;
import org.cadre.plan.Plan;
import org.cadre.plan.PlanChecker;
import org.cadre.report.Issue;

/**
 * What a development plan is checked against when it loads ({@link DocumentLoader#loadPlan(java.nio.file.Path, PlanContext)}):
 * always a framework and its plan policy; optionally an activity catalogue (then every activity's
 * {@code item} must be one of its items); optionally the person's record at a date (then the plan must
 * address what the person still lacks for its target, {@link PlanChecker#coverage}). Immutable: each
 * {@code with…} method returns a new context. Thread-safe.
 */
public final class PlanContext {

    private final Framework framework;
    private final CompiledFramework compiled;
    private final Catalogue catalogue;
    private final Person person;
    private final LocalDate asOf;

    private PlanContext(Framework framework, CompiledFramework compiled, Catalogue catalogue, Person person,
                        LocalDate asOf) {
        this.framework = framework;
        this.compiled = compiled;
        this.catalogue = catalogue;
        this.person = person;
        this.asOf = asOf;
    }

    /**
     * A context of a framework and its plan policy ({@link PlanPolicy#NONE} when it has none).
     *
     * @throws NullPointerException if the framework is null
     */
    public static PlanContext of(Framework framework) {
        return new PlanContext(Objects.requireNonNull(framework, "framework"), null, null, null, null);
    }

    /**
     * A context of a compiled framework and its plan policy: the same as {@link #of(Framework)}, but plans
     * checked against people's records ({@link #withPerson}) use this compiled framework instead of compiling
     * the framework again for each context.
     *
     * @throws NullPointerException if the compiled framework is null
     */
    public static PlanContext of(CompiledFramework compiled) {
        return new PlanContext(Objects.requireNonNull(compiled, "compiled").framework(), compiled, null, null, null);
    }

    /** This context with an activity catalogue whose items the plan's activities may name. */
    public PlanContext withCatalogue(Catalogue value) {
        return new PlanContext(framework, compiled, Objects.requireNonNull(value, "catalogue"), person, asOf);
    }

    /**
     * This context with the person's record at a date, against which the plan's coverage of its target is
     * checked. The framework is compiled here unless the context was made from a compiled one; it must be valid.
     *
     * @throws org.cadre.report.InvalidDocumentException if the framework has errors
     */
    public PlanContext withPerson(Person value, LocalDate date) {
        CompiledFramework compiledFramework = compiled != null ? compiled : CompiledFramework.compile(framework);
        return new PlanContext(framework, compiledFramework, catalogue, Objects.requireNonNull(value, "person"),
                Objects.requireNonNull(date, "asOf"));
    }

    /** The framework. */
    public Framework framework() {
        return framework;
    }

    /** The catalogue, if any. */
    public Optional<Catalogue> catalogue() {
        return Optional.ofNullable(catalogue);
    }

    /** The person, if any. */
    public Optional<Person> person() {
        return Optional.ofNullable(person);
    }

    /** Every problem of the plan in this context. */
    List<Issue> check(Plan plan) {
        List<Issue> issues = new ArrayList<>(PlanChecker.check(framework, plan,
                framework.planPolicy().orElse(PlanPolicy.NONE), catalogue));
        if (person != null) {
            issues.addAll(PlanChecker.coverage(compiled, plan, person, asOf));
        }
        return issues;
    }
}
