package org.cadre.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.model.Competency;
import org.cadre.model.FactDefinition;
import org.cadre.model.Framework;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.model.RaterSource;
import org.cadre.person.Evidence;
import org.cadre.person.Person;
import org.cadre.person.ProgrammeRecord;
import org.cadre.person.ProgrammeState;
import org.cadre.person.Rating;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Severity;
import org.junit.jupiter.api.Test;

class PersonCheckerTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
    private static final LocalDate EARLIER = LocalDate.of(2025, 11, 4);

    /**
     * A domain without a scale, two capabilities rated on hlm-4 below it, a programme, a number fact and a
     * string fact with listed values.
     */
    private static final Framework FRAMEWORK = Framework.builder("hlm", "1.0.0", "Healthcare leadership model")
            .scale(ProficiencyScale.builder("hlm-4", "Four levels").level("essential", "Essential", 1)
                    .level("proficient", "Proficient", 2).level("strong", "Strong", 3)
                    .level("exemplary", "Exemplary", 4).build())
            .competency(Competency.builder("hlm", "Leading in health").kind("domain").build())
            .competency(Competency.builder("hlm.engaging-team", "Engaging the team").parent("hlm").scale("hlm-4")
                    .indicators(Map.of("strong", List.of("Involves the team."))).build())
            .competency(Competency.builder("hlm.sharing-vision", "Sharing the vision").parent("hlm").scale("hlm-4")
                    .indicators(Map.of("strong", List.of("Talks about the future."))).build())
            .programme(Programme.builder("mary-seacole", "Mary Seacole programme").build())
            .fact(FactDefinition.number("practiceHours", "hours"))
            .fact(FactDefinition.string("band", "5", "6", "7", "8a"))
            .fact(FactDefinition.string("staffGroup"))
            .build();

    private static Person.Builder person() {
        return Person.builder("p-0001");
    }

    private static Rating rating(String competency, String level, LocalDate date) {
        return new Rating(competency, level, RaterSource.MANAGER, Optional.of("r-17"), date);
    }

    private static List<Issue> check(Person person) {
        return PersonChecker.check(FRAMEWORK, person, AS_OF);
    }

    private static Issue only(List<Issue> issues) {
        assertThat(issues).hasSize(1);
        return issues.get(0);
    }

    @Test
    void findsNothingWrongWithASoundRecord() {
        Person sound = person()
                .rating(rating("hlm.engaging-team", "strong", EARLIER))
                .rating(rating("hlm.sharing-vision", "essential", AS_OF))
                .evidence(new Evidence("hlm", "project", Optional.empty(), AS_OF, Optional.of("doc-4")))
                .programme(ProgrammeRecord.completed("mary-seacole", EARLIER))
                .programme(new ProgrammeRecord("mary-seacole", ProgrammeState.ENROLLED, Optional.of(AS_OF.plusDays(7)),
                        Optional.empty()))
                .number("practiceHours", new BigDecimal("10250.5"))
                .string("band", "8a")
                .string("staffGroup", "anything at all")
                .build();

        assertThat(check(sound)).isEmpty();
    }

    @Test
    void reportsARatingOfAnUnknownCompetencyWithASuggestion() {
        Issue issue = only(check(person().rating(rating("hlm.engaging-teem", "strong", EARLIER)).build()));

        assertThat(issue.code()).isEqualTo(Codes.PERSON_COMPETENCY_UNKNOWN);
        assertThat(issue.severity()).isEqualTo(Severity.ERROR);
        assertThat(issue.pointer()).isEqualTo("/ratings/0/competency");
        assertThat(issue.message()).contains("[hlm.engaging-teem]").contains("did you mean [hlm.engaging-team]?");
        assertThat(issue.hasPosition()).isFalse();
    }

    @Test
    void reportsEvidenceForAnUnknownCompetency() {
        Issue issue = only(check(person().rating(rating("hlm.engaging-team", "strong", EARLIER))
                .evidence(new Evidence("finance", "project", Optional.of(RaterSource.SELF), EARLIER, Optional.empty()))
                .build()));

        assertThat(issue.code()).isEqualTo(Codes.PERSON_COMPETENCY_UNKNOWN);
        assertThat(issue.pointer()).isEqualTo("/evidence/0/competency");
        assertThat(issue.message()).contains("item of evidence").contains("[finance]");
    }

    @Test
    void reportsALevelOffTheScaleWithASuggestion() {
        Issue issue = only(check(person().rating(rating("hlm.engaging-team", "stronk", EARLIER)).build()));

        assertThat(issue.code()).isEqualTo(Codes.PERSON_LEVEL_UNKNOWN);
        assertThat(issue.pointer()).isEqualTo("/ratings/0/level");
        assertThat(issue.message()).contains("scale [hlm-4]").contains("[stronk]").contains("did you mean [strong]?");
    }

    @Test
    void listsTheScalesLevelsWhenNoneIsClose() {
        Issue issue = only(check(person().rating(rating("hlm.engaging-team", "expert", EARLIER)).build()));

        assertThat(issue.message()).contains("[expert]").contains("its levels are [essential, proficient, strong,"
                + " exemplary]");
    }

    @Test
    void reportsARatingOfACompetencyThatHasNoScale() {
        Issue issue = only(check(person().rating(rating("hlm", "strong", EARLIER)).build()));

        assertThat(issue.code()).isEqualTo(Codes.PERSON_LEVEL_UNKNOWN);
        assertThat(issue.pointer()).isEqualTo("/ratings/0/level");
        assertThat(issue.message()).contains("[hlm] is not rated on any scale");
    }

    @Test
    void reportsRatingsEvidenceAndProgrammeEndsDatedAfterTheAsOfDate() {
        LocalDate tomorrow = AS_OF.plusDays(1);
        List<Issue> issues = check(person()
                .rating(rating("hlm.engaging-team", "strong", EARLIER))
                .rating(rating("hlm.sharing-vision", "strong", tomorrow))
                .evidence(new Evidence("hlm.engaging-team", "project", Optional.empty(), tomorrow, Optional.empty()))
                .programme(ProgrammeRecord.completed("mary-seacole", tomorrow))
                .programme(new ProgrammeRecord("mary-seacole", ProgrammeState.ENROLLED, Optional.of(EARLIER),
                        Optional.of(tomorrow)))
                .build());

        assertThat(issues).extracting(Issue::code).containsOnly(Codes.PERSON_DATE_FUTURE);
        assertThat(issues).extracting(Issue::pointer).containsExactly("/ratings/1/date", "/evidence/0/date",
                "/programmes/0/end", "/programmes/1/end");
        assertThat(issues.get(0).message()).contains("2026-04-01").contains("2026-03-31");
        assertThat(issues.get(2).message()).contains("not \"completed\"");
        assertThat(issues.get(3).message()).contains("still enrolled");
    }

    @Test
    void acceptsARatingDatedOnTheAsOfDateAndAnEnrolmentThatStartsLater() {
        Person person = person().rating(rating("hlm.engaging-team", "strong", AS_OF))
                .programme(ProgrammeRecord.enrolled("mary-seacole", AS_OF.plusMonths(2))).build();

        assertThat(check(person)).isEmpty();
    }

    @Test
    void reportsAnUnknownProgrammeWithASuggestion() {
        Issue issue = only(check(person().programme(ProgrammeRecord.completed("mary-seacol", EARLIER)).build()));

        assertThat(issue.code()).isEqualTo(Codes.PERSON_PROGRAMME_UNKNOWN);
        assertThat(issue.pointer()).isEqualTo("/programmes/0/programme");
        assertThat(issue.message()).contains("[mary-seacol]").contains("did you mean [mary-seacole]?");
    }

    @Test
    void warnsAboutAnUndeclaredFactWithoutMakingItAnError() {
        Issue issue = only(check(person().number("practiseHours", 12).build()));

        assertThat(issue.code()).isEqualTo(Codes.PERSON_FACT_UNKNOWN);
        assertThat(issue.severity()).isEqualTo(Severity.WARNING);
        assertThat(issue.pointer()).isEqualTo("/facts/practiseHours");
        assertThat(issue.message()).contains("did you mean [practiceHours]?");
    }

    @Test
    void reportsTextForANumberFactAndANumberForAStringFact() {
        List<Issue> issues = check(person().string("practiceHours", "lots").number("band", 7).build());

        assertThat(issues).extracting(Issue::code).containsOnly(Codes.PERSON_FACT_TYPE);
        assertThat(issues).extracting(Issue::pointer).containsExactlyInAnyOrder("/facts/practiceHours", "/facts/band");
        assertThat(issues).extracting(Issue::message).anySatisfy(message -> assertThat(message)
                .contains("[practiceHours] is a number").contains("\"lots\"").contains("without quotes"));
        assertThat(issues).extracting(Issue::message).anySatisfy(message -> assertThat(message)
                .contains("[band] is a string").contains("the number 7").contains("double quotes"));
    }

    @Test
    void reportsAStringFactOutsideItsDeclaredValues() {
        Issue issue = only(check(person().string("band", "8A").build()));

        assertThat(issue.code()).isEqualTo(Codes.PERSON_FACT_VALUE);
        assertThat(issue.pointer()).isEqualTo("/facts/band");
        assertThat(issue.message()).contains("[8A]").contains("[5, 6, 7, 8a]").contains("did you mean [8a]?");
    }

    @Test
    void reportsEveryProblemOfOneRecordInDocumentOrder() {
        List<Issue> issues = check(person()
                .rating(rating("nope", "strong", EARLIER))
                .rating(rating("hlm.engaging-team", "nope", AS_OF.plusYears(1)))
                .evidence(new Evidence("nope", "project", Optional.empty(), EARLIER, Optional.empty()))
                .programme(ProgrammeRecord.completed("nope", EARLIER))
                .number("nope", 1)
                .build());

        assertThat(issues).extracting(Issue::pointer).containsExactly("/ratings/0/competency", "/ratings/1/level",
                "/ratings/1/date", "/evidence/0/competency", "/programmes/0/programme", "/facts/nope");
    }

    @Test
    void refusesNullArguments() {
        Person person = person().build();
        assertThatThrownBy(() -> PersonChecker.check(null, person, AS_OF)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PersonChecker.check(FRAMEWORK, null, AS_OF)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PersonChecker.check(FRAMEWORK, person, null)).isInstanceOf(NullPointerException.class);
    }
}
