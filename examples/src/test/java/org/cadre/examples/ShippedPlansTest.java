package org.cadre.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cadre.json.DocumentKind;
import org.cadre.json.DocumentLoader;
import org.cadre.json.DocumentWriter;
import org.cadre.json.LoadResult;
import org.cadre.json.Schemas;
import org.cadre.model.Framework;
import org.cadre.model.PlanStatus;
import org.cadre.plan.Plan;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.junit.jupiter.api.Test;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.json.JsonMapper;

/** The shipped development plans: listed, schema-valid, clean against the shipped framework, and the broken one. */
class ShippedPlansTest {

    private static final Path PLANS = Path.of("plans");
    private static final Path INVALID = Path.of("invalid");
    private static final DocumentLoader LOADER = DocumentLoader.create();

    private static Framework hlm() {
        return LOADER.loadFramework(Path.of("frameworks/nhs-hlm.json")).orThrow();
    }

    @Test
    void listsEveryShippedPlanFileAndNoOther() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(PLANS)) {
            onDisk = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json")).toList();
        }

        assertThat(ShippedExamples.PLANS).containsExactlyInAnyOrderElementsOf(onDisk).isNotEmpty();
    }

    @Test
    void theJarHoldsTheSameBytesAsTheRepositoryPlanFiles() throws IOException {
        for (String name : ShippedExamples.PLANS) {
            assertThat(ShippedExamples.plan(name)).as(name).isEqualTo(Files.readAllBytes(PLANS.resolve(name)));
        }
        assertThat(ShippedExamples.invalid(ShippedExamples.BROKEN_PLAN))
                .isEqualTo(Files.readAllBytes(INVALID.resolve(ShippedExamples.BROKEN_PLAN)));
    }

    @Test
    void theShippedFrameworkCarriesTheNhsPlanPolicy() {
        var policy = hlm().planPolicy().orElseThrow();

        assertThat(policy.requiredApprovals(PlanStatus.AGREED)).containsExactly("line-manager", "programme-lead");
        assertThat(policy.maxHoursPerWeek()).hasValueSatisfying(hours -> assertThat(hours).isEqualByComparingTo("6"));
        assertThat(policy.minWeeks()).contains(12);
        assertThat(policy.maxWeeks()).contains(104);
        assertThat(policy.mixTolerance()).isEqualTo(15);
        assertThat(policy.reviewEveryWeeks()).contains(13);
        assertThat(policy.activityPerGoal()).isTrue();
    }

    @Test
    void thePublishedSchemaAcceptsTheShippedPlanAndItsBrokenCopy() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Schemas.text(DocumentKind.PLAN));

        for (Path file : List.of(PLANS.resolve("nhs-p002-plan.json"), INVALID.resolve(ShippedExamples.BROKEN_PLAN))) {
            var errors = schema.validate(JsonMapper.builder().build().readTree(Files.readString(file)));
            assertThat(errors).as("schema errors in %s", file).isEmpty();
        }
    }

    @Test
    void theShippedPlanChecksCleanAgainstTheShippedFramework() {
        LoadResult<Plan> result = LOADER.loadPlan(PLANS.resolve("nhs-p002-plan.json"), hlm());

        assertThat(result.report().issues()).isEmpty();
        Plan plan = result.orThrow();
        assertThat(plan.person()).isEqualTo("nhs-p002");
        assertThat(plan.target().programme()).contains("nhs.rosalind-franklin");
        assertThat(plan.status()).isEqualTo(PlanStatus.AGREED);
        assertThat(plan.approvals()).hasSize(2);
    }

    @Test
    void theShippedPlanRoundTripsThroughTheWriter() {
        Plan loaded = LOADER.loadPlan(PLANS.resolve("nhs-p002-plan.json")).orThrow();

        String written = DocumentWriter.create().write(loaded);

        assertThat(LOADER.loadPlan(written, "written").orThrow()).isEqualTo(loaded);
    }

    @Test
    void theBrokenPlanIsReportedWithExactlyItsDefects() {
        LoadResult<Plan> result = LOADER.loadPlan(INVALID.resolve(ShippedExamples.BROKEN_PLAN), hlm());

        assertThat(result.isValid()).isFalse();
        assertThat(result.report().warnings()).isEmpty();
        assertThat(result.report().errors()).extracting(Issue::code, Issue::pointer).containsExactlyInAnyOrder(
                tuple(Codes.PLAN_DATE_OUTSIDE, "/activities/2/end"),
                tuple(Codes.PLAN_GOAL_NO_ACTIVITY, "/goals/5"),
                tuple(Codes.PLAN_HOURS_PER_WEEK, "/activities"),
                tuple(Codes.PLAN_APPROVAL_MISSING, "/approvals"));
        assertThat(result.report().errors()).allSatisfy(issue -> {
            assertThat(issue.line()).isPositive();
            assertThat(issue.column()).isPositive();
        });
        assertThat(result.report().errors()).filteredOn(issue -> issue.code().equals(Codes.PLAN_APPROVAL_MISSING))
                .singleElement().satisfies(issue -> assertThat(issue.message()).contains("programme-lead"));
    }

    @Test
    void theBrokenPlanIsStillWellFormedWithoutAFramework() {
        assertThat(LOADER.validate(INVALID.resolve(ShippedExamples.BROKEN_PLAN)).issues()).isEmpty();
    }
}
