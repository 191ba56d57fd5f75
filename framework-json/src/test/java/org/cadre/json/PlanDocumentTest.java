package org.cadre.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.cadre.json.Reports.only;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.model.ActivityType;
import org.cadre.model.Framework;
import org.cadre.model.LearningCategory;
import org.cadre.model.PlanPolicy;
import org.cadre.model.PlanStatus;
import org.cadre.plan.Activity;
import org.cadre.plan.Plan;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Report;
import org.junit.jupiter.api.Test;

/** Plan documents and plan policies: every part both ways, the checks against a framework, and each mistake. */
class PlanDocumentTest {

    private final DocumentLoader loader = DocumentLoader.create();

    static final String FRAMEWORK = """
            {
              "kind": "framework",
              "formatVersion": "1.0",
              "id": "care",
              "version": "2.0.0",
              "title": "Care leadership",
              "scales": [
                {"id": "s", "title": "Scale", "levels": [
                  {"id": "basic", "label": "Basic", "rank": 1},
                  {"id": "good", "label": "Good", "rank": 2},
                  {"id": "expert", "label": "Expert", "rank": 3}
                ]}
              ],
              "competencies": [
                {"id": "huddle", "title": "Running a huddle", "scale": "s"},
                {"id": "feedback", "title": "Giving feedback", "scale": "s"}
              ],
              "programmes": [
                {"id": "shift-lead", "title": "Shift lead", "targetProfile": {"huddle": "good"}}
              ],
              "planPolicy": {
                "approvals": {"agreed": ["line-manager", "programme-lead"]},
                "maxHoursPerWeek": 7.5,
                "minWeeks": 4,
                "maxWeeks": 52,
                "mix": {"experience": 70, "social": 20, "formal": 10},
                "mixTolerance": 40,
                "reviewEveryWeeks": 8,
                "activityPerGoal": true,
                "activityTypes": {"board-observation": "experience"}
              }
            }
            """;

    static final String PLAN = """
            {
              "kind": "plan",
              "formatVersion": "1.0",
              "id": "plan-1",
              "person": "p-0001",
              "framework": {"id": "care", "version": "2.0.0"},
              "target": {"programme": "shift-lead", "profile": {"feedback": "good"}},
              "period": {"start": "2026-01-05", "end": "2026-03-29"},
              "goals": [
                {"id": "g1", "competency": "huddle", "from": "basic", "to": "good", "due": "2026-03-01",
                 "rationale": "Runs the ward huddle from April."},
                {"id": "g2", "competency": "feedback", "to": "good", "due": "2026-03-29"}
              ],
              "activities": [
                {"id": "a1", "type": "board-observation", "hours": 12.50, "start": "2026-01-05", "end": "2026-03-29",
                 "provider": "trust-board", "goals": ["g1"]},
                {"id": "a2", "type": "coaching", "hours": 4, "start": "2026-01-12", "end": "2026-03-20",
                 "goals": ["g1", "g2"]},
                {"id": "a3", "type": "course", "hours": 2, "start": "2026-02-02", "end": "2026-02-27"}
              ],
              "reviews": [
                {"date": "2026-02-16", "reviewerRole": "line-manager", "outcome": "on-track", "notes": "Good start."}
              ],
              "status": "agreed",
              "approvals": [
                {"role": "line-manager", "approver": "m-7", "date": "2025-12-15"},
                {"role": "programme-lead", "approver": "pl-2", "date": "2025-12-18"}
              ],
              "x-source": {"system": "hr"}
            }
            """;

    private static String replace(String text, String from, String to) {
        if (!text.contains(from)) {
            throw new AssertionError("the test document does not contain: " + from);
        }
        return text.replace(from, to);
    }

    private static Framework framework() {
        return DocumentLoader.create().loadFramework(FRAMEWORK, "care.json").orThrow();
    }

    @Test
    void loadsEveryPartOfAPlan() {
        LoadResult<Plan> result = loader.loadPlan(PLAN, "plan.json");
        assertThat(result.report().issues()).isEmpty();
        Plan plan = result.orThrow();

        assertThat(plan.id()).isEqualTo("plan-1");
        assertThat(plan.person()).isEqualTo("p-0001");
        assertThat(plan.framework()).isEqualTo("care");
        assertThat(plan.frameworkVersion()).isEqualTo("2.0.0");
        assertThat(plan.target().programme()).contains("shift-lead");
        assertThat(plan.target().profile()).containsExactly(Map.entry("feedback", "good"));
        assertThat(plan.start()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(plan.end()).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(plan.goals()).extracting(goal -> goal.id()).containsExactly("g1", "g2");
        assertThat(plan.goals().get(0).from()).contains("basic");
        assertThat(plan.goals().get(0).rationale()).contains("Runs the ward huddle from April.");
        assertThat(plan.goals().get(1).from()).isEmpty();
        assertThat(plan.activities().get(0)).isEqualTo(new Activity("a1", "board-observation",
                new BigDecimal("12.50"), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 29),
                Optional.of("trust-board"), List.of("g1")));
        assertThat(plan.activities().get(2).goals()).isEmpty();
        assertThat(plan.reviews().get(0).notes()).contains("Good start.");
        assertThat(plan.status()).isEqualTo(PlanStatus.AGREED);
        assertThat(plan.approvals()).extracting(approval -> approval.role())
                .containsExactly("line-manager", "programme-lead");
        assertThat(plan.extensions().asMap()).containsEntry("x-source", "{\"system\":\"hr\"}");
    }

    @Test
    void keepsHoursExactlyAsWritten() {
        Plan plan = loader.loadPlan(replace(PLAN, "\"hours\": 12.50", "\"hours\": 0.1000000000000000000001"),
                "plan.json").orThrow();

        assertThat(plan.activities().get(0).hours()).isEqualTo(new BigDecimal("0.1000000000000000000001"));
    }

    @Test
    void writingAndLoadingAPlanGivesAnEqualPlanAndTheSameText() {
        Plan plan = loader.loadPlan(PLAN, "plan.json").orThrow();

        String written = DocumentWriter.create().write(plan);
        Plan back = loader.loadPlan(written, "written.json").orThrow();

        assertThat(back).isEqualTo(plan);
        assertThat(DocumentWriter.create().write(back)).isEqualTo(written);
        assertThat(written).startsWith("{\n  \"$schema\": \"https://cadre.org/schemas/1.0/plan.schema.json\",\n"
                + "  \"kind\": \"plan\",\n  \"formatVersion\": \"1.0\",\n  \"id\": \"plan-1\",").endsWith("}\n");
    }

    @Test
    void aPlanThatMeetsThePolicyChecksClean() {
        LoadResult<Plan> result = loader.loadPlan(PLAN, "plan.json", framework());

        assertThat(result.report().issues()).isEmpty();
        assertThat(result.isValid()).isTrue();
    }

    @Test
    void theCheckerIssuesCarryTheLineAndColumnOfTheirPointer() {
        String broken = replace(PLAN, "\"end\": \"2026-03-20\"", "\"end\": \"2026-04-20\"");

        LoadResult<Plan> result = loader.loadPlan(broken, "plan.json", framework());

        assertThat(result.isValid()).isFalse();
        Issue outside = only(result.report(), Codes.PLAN_DATE_OUTSIDE);
        assertThat(outside.pointer()).isEqualTo("/activities/1/end");
        assertThat(outside.line()).isEqualTo(17);
        assertThat(outside.column()).isPositive();
    }

    @Test
    void aMissingApprovalAndAnUnservedGoalAreReportedWithPointers() {
        String broken = replace(replace(PLAN, "\"goals\": [\"g1\", \"g2\"]", "\"goals\": [\"g1\"]"),
                ",\n    {\"role\": \"programme-lead\", \"approver\": \"pl-2\", \"date\": \"2025-12-18\"}", "");

        Report report = loader.loadPlan(broken, "plan.json", framework()).report();

        assertThat(report.errors()).extracting(Issue::code, Issue::pointer).containsExactlyInAnyOrder(
                tuple(Codes.PLAN_GOAL_NO_ACTIVITY, "/goals/1"),
                tuple(Codes.PLAN_APPROVAL_MISSING, "/approvals"));
    }

    @Test
    void aFrameworkWithoutAPlanPolicyChecksOnlyWhatEveryPlanNeeds() {
        Framework plain = framework().toBuilder().planPolicy(null).build();
        String fewerApprovals = replace(PLAN,
                ",\n    {\"role\": \"programme-lead\", \"approver\": \"pl-2\", \"date\": \"2025-12-18\"}", "");

        LoadResult<Plan> result = loader.loadPlan(fewerApprovals, "plan.json", plain);

        assertThat(result.report().issues()).extracting(Issue::code).containsExactly(Codes.PLAN_ACTIVITY_TYPE_UNKNOWN);
        assertThat(result.report().issues().get(0).pointer()).isEqualTo("/activities/0/type");
    }

    @Test
    void checkPlanGivesPointersWithoutPositions() {
        Plan plan = loader.loadPlan(replace(PLAN, "\"id\": \"care\"", "\"id\": \"other\""), "plan.json").orThrow();

        Report report = loader.checkPlan(framework(), plan);

        Issue mismatch = only(report, Codes.PLAN_FRAMEWORK_MISMATCH);
        assertThat(mismatch.pointer()).isEqualTo("/framework/id");
        assertThat(mismatch.hasPosition()).isFalse();
        assertThatThrownBy(() -> loader.checkPlan(framework(), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void validateDetectsAPlanFromItsKind() {
        assertThat(loader.validate(PLAN.getBytes(java.nio.charset.StandardCharsets.UTF_8), "plan.json").issues())
                .isEmpty();
        Report report = loader.validate(replace(PLAN, "\"status\": \"agreed\"", "\"status\": \"signed\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "plan.json");

        assertThat(report.errors()).extracting(Issue::code, Issue::pointer)
                .containsExactly(tuple(Codes.SCHEMA_ENUM, "/status"));
    }

    @Test
    void aDateThatIsNotOnTheCalendarIsASchemaIssueWithItsPointer() {
        Report report = loader.loadPlan(replace(PLAN, "\"due\": \"2026-03-01\"", "\"due\": \"2026-02-30\""),
                "plan.json").report();

        Issue date = only(report, Codes.SCHEMA_PATTERN);
        assertThat(date.pointer()).isEqualTo("/goals/0/due");
        assertThat(date.message()).contains("February 2026 has 28 days");
    }

    @Test
    void negativeHoursUnknownFieldsAndBadIdsAreSchemaIssues() {
        String broken = replace(replace(replace(PLAN, "\"hours\": 4", "\"hours\": -4"), "\"id\": \"g2\"",
                "\"id\": \"-g2\""), "\"outcome\": \"on-track\"", "\"outcome\": \"on-track\", \"mood\": \"good\"");

        Report report = loader.loadPlan(broken, "plan.json").report();

        assertThat(report.errors()).extracting(Issue::pointer)
                .contains("/activities/1/hours", "/goals/1/id", "/reviews/0/mood");
        assertThat(report.errors()).allSatisfy(issue -> assertThat(issue.code()).startsWith("schema."));
    }

    @Test
    void anExtensionFieldIsAllowedOnlyOnThePlanItself() {
        Report report = loader.loadPlan(replace(PLAN, "\"status\": \"agreed\",", "\"status\": \"agreed\","),
                "plan.json").report();
        assertThat(report.issues()).isEmpty();

        Report nested = loader.loadPlan(replace(PLAN, "\"version\": \"2.0.0\"}", "\"version\": \"2.0.0\", \"x-a\": 1}"),
                "plan.json").report();
        assertThat(nested.errors()).extracting(Issue::code, Issue::pointer)
                .containsExactly(tuple(Codes.SCHEMA_UNKNOWN_FIELD, "/framework/x-a"));
    }

    @Test
    void aPlanDocumentIsNotAPerson() {
        Report report = loader.loadPerson(PLAN, "plan.json").report();

        assertThat(report.errors()).extracting(Issue::code).containsExactly(Codes.DOCUMENT_KIND);
    }

    // ------------------------------------------------------------------------------------ plan policies

    @Test
    void loadsEveryPartOfAPlanPolicy() {
        PlanPolicy policy = framework().planPolicy().orElseThrow();

        assertThat(policy.approvals()).containsExactly(Map.entry(PlanStatus.AGREED,
                List.of("line-manager", "programme-lead")));
        assertThat(policy.maxHoursPerWeek()).contains(new BigDecimal("7.5"));
        assertThat(policy.minWeeks()).contains(4);
        assertThat(policy.maxWeeks()).contains(52);
        assertThat(policy.mix()).containsExactly(Map.entry(LearningCategory.EXPERIENCE, 70),
                Map.entry(LearningCategory.SOCIAL, 20), Map.entry(LearningCategory.FORMAL, 10));
        assertThat(policy.mixTolerance()).isEqualTo(40);
        assertThat(policy.reviewEveryWeeks()).contains(8);
        assertThat(policy.activityPerGoal()).isTrue();
        assertThat(policy.activityTypes()).containsExactly(new ActivityType("board-observation",
                LearningCategory.EXPERIENCE));
    }

    @Test
    void anEmptyPlanPolicyHasTheDefaults() {
        String text = FRAMEWORK.substring(0, FRAMEWORK.indexOf("\"planPolicy\"")) + "\"planPolicy\": {}\n}\n";

        Framework framework = loader.loadFramework(text, "care.json").orThrow();

        assertThat(framework.planPolicy()).contains(PlanPolicy.NONE);
    }

    @Test
    void aPlanPolicyRoundTripsThroughTheWriter() {
        Framework framework = framework();

        String written = DocumentWriter.create().write(framework);

        assertThat(loader.loadFramework(written, "written.json").orThrow()).isEqualTo(framework);
        assertThat(written).contains("\"planPolicy\": {").contains("\"board-observation\": \"experience\"")
                .doesNotContain("\"activityPerGoal\"");
    }

    @Test
    void aLearningMixThatDoesNotAddUpTo100IsReportedAtTheMixNotThrown() {
        String text = replace(FRAMEWORK, "\"formal\": 10", "\"formal\": 15");

        LoadResult<Framework> result = loader.loadFramework(text, "care.json");

        assertThat(result.isValid()).isFalse();
        Issue mix = only(result.report(), Codes.MODEL_CONSTRAINT);
        assertThat(mix.pointer()).isEqualTo("/planPolicy/mix");
        assertThat(mix.message()).contains("105").contains("100");
        assertThat(mix.line()).isPositive();
    }

    @Test
    void anUnknownStatusCategoryOrANegativeToleranceIsASchemaIssue() {
        String text = replace(replace(replace(FRAMEWORK, "\"agreed\": [", "\"signed\": ["), "\"social\": 20",
                "\"people\": 20"), "\"mixTolerance\": 40", "\"mixTolerance\": -1");

        Report report = loader.loadFramework(text, "care.json").report();

        assertThat(report.errors()).extracting(Issue::pointer)
                .containsExactlyInAnyOrder("/planPolicy/approvals/signed", "/planPolicy/mix/people",
                        "/planPolicy/mixTolerance");
        assertThat(report.errors()).allSatisfy(issue -> assertThat(issue.code()).startsWith("schema."));
    }
}
