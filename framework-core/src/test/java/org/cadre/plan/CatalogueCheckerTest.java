package org.cadre.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.model.Competency;
import org.cadre.model.CompetencyStatus;
import org.cadre.model.Extensions;
import org.cadre.model.Framework;
import org.cadre.model.PlanPolicy;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Severity;
import org.cadre.testing.plans.PlanCases;
import org.junit.jupiter.api.Test;

/** Checking an activity catalogue against a framework: each finding with its code and pointer. */
class CatalogueCheckerTest {

    private static final Framework FRAMEWORK = Framework.builder("mini", "2.0.0", "Mini")
            .scale(PlanCases.fourLevels())
            .competency(Competency.builder("root", "Model").scale("four").build())
            .competency(Competency.builder("team", "Engaging the team").parent("root")
                    .indicators(Map.of("essential", List.of("x"))).build())
            .competency(Competency.builder("old", "Old thing").parent("root").status(CompetencyStatus.RETIRED)
                    .replacedBy("team").build())
            .build();

    private static CatalogueItem item(String id, String type, Optional<String> from, Optional<String> to,
                                      String... develops) {
        return new CatalogueItem(id, "Item", type, List.of(develops), from, to, BigDecimal.TEN, Optional.of(4),
                Optional.of(BigDecimal.valueOf(250)), Optional.of("provider"), Optional.empty());
    }

    private static List<Issue> check(String framework, Optional<String> version, CatalogueItem... items) {
        return CatalogueChecker.check(FRAMEWORK, new Catalogue("cat", "Catalogue", framework, version,
                Optional.of("GBP"), List.of(items), Extensions.none()), PlanPolicy.NONE);
    }

    @Test
    void aSoundCatalogueHasNoFindings() {
        assertThat(check("mini", Optional.of("2.0.0"), item("a", "coaching", Optional.of("essential"),
                Optional.of("strong"), "team"), item("b", "reflective-practice", Optional.empty(), Optional.empty())))
                .isEmpty();
    }

    @Test
    void aCatalogueForAnotherFrameworkIsReportedOnceAndNotPickedApart() {
        assertThat(check("other", Optional.empty(), item("a", "juggling", Optional.empty(), Optional.empty(), "x")))
                .extracting(Issue::code, Issue::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Codes.CATALOGUE_FRAMEWORK_MISMATCH,
                        "/framework/id"));
    }

    @Test
    void reportsEachBadItemWithItsPointer() {
        List<Issue> issues = check("mini", Optional.of("1.0.0"),
                item("a", "coachin", Optional.of("strng"), Optional.empty(), "tem"),
                item("a", "coaching", Optional.of("strong"), Optional.of("proficient"), "team", "old"));

        assertThat(issues).extracting(Issue::code, Issue::pointer, Issue::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Codes.CATALOGUE_FRAMEWORK_VERSION, "/framework/version",
                        Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple(Codes.CATALOGUE_ACTIVITY_TYPE_UNKNOWN, "/items/0/type",
                        Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple(Codes.CATALOGUE_COMPETENCY_UNKNOWN, "/items/0/develops/0",
                        Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple(Codes.CATALOGUE_DUPLICATE_ID, "/items/1/id", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple(Codes.CATALOGUE_COMPETENCY_RETIRED, "/items/1/develops/1",
                        Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple(Codes.CATALOGUE_LEVELS_REVERSED, "/items/1/suits",
                        Severity.ERROR));
        assertThat(issues.get(1).message()).contains("[coachin]").contains("coaching");
        assertThat(issues.get(2).message()).contains("[tem]").contains("team");
        assertThat(issues.get(4).message()).contains("[team] replaces it");
        assertThat(issues.get(5).message()).contains("from [strong] to [proficient]");
    }

    @Test
    void reportsALevelThatIsNotOnTheScale() {
        List<Issue> issues = check("mini", Optional.empty(), item("a", "course", Optional.of("strng"), Optional.empty(),
                "team"));

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(Codes.CATALOGUE_LEVEL_UNKNOWN);
            assertThat(issue.pointer()).isEqualTo("/items/0/suits/from");
            assertThat(issue.message()).contains("from [strng]").contains("strong");
        });
    }

    @Test
    void aPlanActivityMustNameAnItemOfTheCatalogueWhenOneIsGiven() {
        Catalogue catalogue = new Catalogue("cat", "Catalogue", "mini", Optional.empty(), Optional.empty(),
                List.of(item("coach", "coaching", Optional.empty(), Optional.empty(), "team")), Extensions.none());
        LocalDate start = LocalDate.of(2027, 1, 4);
        Plan plan = Plan.builder("p", "p-1", "mini", "2.0.0").target(PlanTarget.programme("x"))
                .period(start, start.plusWeeks(20))
                .goal(new Goal("g", "team", Optional.empty(), "strong", start.plusWeeks(10), Optional.empty()))
                .activity(new Activity("a", "coaching", BigDecimal.ONE, start, start.plusWeeks(1), Optional.empty(),
                        List.of("g"), Optional.of("coahc")))
                .build();
        Framework withProgramme = FRAMEWORK.toBuilder().programme(org.cadre.model.Programme.builder("x", "X")
                .build()).build();

        assertThat(PlanChecker.check(withProgramme, plan, PlanPolicy.NONE)).isEmpty();
        assertThat(PlanChecker.check(withProgramme, plan, PlanPolicy.NONE, catalogue)).singleElement()
                .satisfies(issue -> {
                    assertThat(issue.code()).isEqualTo(Codes.PLAN_ITEM_UNKNOWN);
                    assertThat(issue.pointer()).isEqualTo("/activities/0/item");
                    assertThat(issue.message()).contains("[coahc]").contains("coach");
                });
    }

    @Test
    void anItemRefusesNegativeHoursAndAnEmptyRun() {
        assertThatThrownBy(() -> new CatalogueItem("a", "A", "course", List.of(), Optional.empty(), Optional.empty(),
                BigDecimal.valueOf(-1), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> new CatalogueItem("a", "A", "course", List.of(), Optional.empty(), Optional.empty(),
                BigDecimal.ONE, Optional.of(0), Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one week");
    }
}
