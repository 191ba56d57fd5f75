package org.cadre.json.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.cadre.json.DocumentLoader;
import org.cadre.json.LoadResult;
import org.cadre.model.Framework;
import org.cadre.plan.Plan;
import org.cadre.report.Issue;
import org.cadre.report.Report;
import org.junit.jupiter.api.Test;

/**
 * Numbers beyond the range of a {@code long} where the schema bounds a value ({@code 1E+400} as a level's
 * rank, {@code -1E+400} hours). The schema validator used to throw on them — found by
 * {@code HostileInputPropertyTest}; now they get the same issue as any number out of bounds, with the number
 * as written in the message, and where only a lower bound applies a huge number is simply accepted.
 */
class NumbersBeyondLongTest {

    private static final DocumentLoader LOADER = DocumentLoader.create();

    private static final String FRAMEWORK = """
            {"kind": "framework", "formatVersion": "1.0", "id": "ward", "version": "1.0.0", "title": "Ward",
             "scales": [{"id": "three", "title": "Three", "levels": [
               {"id": "basic", "label": "Basic", "rank": RANK}, {"id": "good", "label": "Good", "rank": 2}]}],
             "competencies": [{"id": "people", "title": "People", "scale": "three"}]}
            """;

    private static final String PLAN = """
            {"kind": "plan", "formatVersion": "1.0", "id": "plan-1", "person": "p-1",
             "framework": {"id": "ward", "version": "1.0.0"}, "target": {"programme": "shift-lead"},
             "period": {"start": "2027-01-04", "end": "2027-12-31"}, "status": "draft",
             "activities": [{"id": "a1", "type": "coaching", "hours": HOURS, "start": "2027-01-04",
                             "end": "2027-02-01"}]}
            """;

    @Test
    void aRankOfOneEPlusFourHundredIsOverTheMaximumNotAnException() {
        for (String rank : new String[] {"1E+400", "123456789012345678901234567890", "-1E+400"}) {
            LoadResult<Framework> result = LOADER.loadFramework(FRAMEWORK.replace("RANK", rank), "huge.json");

            assertThat(result.isValid()).as(rank).isFalse();
            assertThat(result.report().errors()).as(rank).singleElement().satisfies(issue -> {
                assertThat(issue.code()).startsWith("schema.");
                assertThat(issue.pointer()).isEqualTo("/scales/0/levels/0/rank");
                assertThat(issue.line()).isEqualTo(3);
                assertThat(issue.message()).contains(rank);
            });
        }
    }

    @Test
    void hoursBeyondLongAreAcceptedWhenPositiveAndRefusedWhenNegative() {
        LoadResult<Plan> huge = LOADER.loadPlan(PLAN.replace("HOURS", "1E+400"), "plan.json");
        Report negative = LOADER.validate(PLAN.replace("HOURS", "-1E+400").getBytes(
                java.nio.charset.StandardCharsets.UTF_8), "plan.json");

        assertThat(huge.report().errors()).isEmpty();
        assertThat(huge.orThrow().activities().get(0).hours()).isEqualTo(new BigDecimal("1E+400"));
        assertThat(negative.errors()).extracting(Issue::pointer).containsExactly("/activities/0/hours");
        assertThat(negative.errors()).extracting(Issue::message).allMatch(message -> message.contains("-1E+400"));
    }
}
