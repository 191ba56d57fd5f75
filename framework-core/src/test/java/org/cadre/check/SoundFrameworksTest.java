package org.cadre.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cadre.model.Competency;
import org.cadre.model.Framework;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.model.Rule;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.junit.jupiter.api.Test;

/** Remembering which framework instances the checks found sound, so that they are not checked twice. */
class SoundFrameworksTest {

    private static final ProficiencyScale FOUR = ProficiencyScale.builder("four", "Four levels")
            .level("a", "A", 1).level("b", "B", 2).level("c", "C", 3).level("d", "D", 4).build();

    private static Framework sound() {
        return Framework.builder("sound", "1.0.0", "Sound").scale(FOUR)
                .competency(Competency.builder("root", "Root").scale("four").build())
                .competency(Competency.builder("leaf", "Leaf").parent("root").build())
                .programme(Programme.builder("p", "P").entry(new Rule.Level("leaf", Rule.Comparison.AT_LEAST, "b"))
                        .build())
                .build();
    }

    private static Framework broken() {
        return sound().toBuilder().programme(Programme.builder("q", "Q")
                .entry(new Rule.Level("nowhere", Rule.Comparison.AT_LEAST, "b")).build()).build();
    }

    @Test
    void aFrameworkFoundSoundIsRememberedAndHasNoErrors() {
        Framework framework = sound();
        assertThat(SoundFrameworks.contains(framework)).isFalse();

        assertThat(FrameworkChecker.check(framework)).noneMatch(Issue::isError);

        assertThat(SoundFrameworks.contains(framework)).isTrue();
        assertThat(FrameworkChecker.errors(framework)).isEmpty();
    }

    @Test
    void errorsChecksAnUncheckedFrameworkAndRemembersItWhenSound() {
        Framework framework = sound();

        assertThat(FrameworkChecker.errors(framework)).isEmpty();

        assertThat(SoundFrameworks.contains(framework)).isTrue();
    }

    @Test
    void aFrameworkWithErrorsIsNeverRememberedAndReportsItsErrorsEveryTime() {
        Framework framework = broken();

        assertThat(FrameworkChecker.check(framework)).anyMatch(Issue::isError);

        assertThat(SoundFrameworks.contains(framework)).isFalse();
        assertThat(FrameworkChecker.errors(framework)).extracting(Issue::code)
                .containsExactly(Codes.RULE_COMPETENCY_UNKNOWN);
        assertThat(FrameworkChecker.errors(framework)).extracting(Issue::code)
                .containsExactly(Codes.RULE_COMPETENCY_UNKNOWN);
    }

    @Test
    void instancesAreToldApartByIdentityNotEquality() {
        Framework checked = sound();
        Framework equal = sound();
        FrameworkChecker.check(checked);

        assertThat(equal).isEqualTo(checked);
        assertThat(SoundFrameworks.contains(equal)).isFalse();
    }

    @Test
    void soundUnderALowerCostLimitCountsAsSoundForTheDefaultLimit() {
        Framework framework = sound();

        assertThat(FrameworkChecker.check(framework, 10)).noneMatch(Issue::isError);

        assertThat(FrameworkChecker.errors(framework)).isEmpty();
        assertThat(SoundFrameworks.contains(framework)).isTrue();
    }

    @Test
    void tooCostlyUnderALowLimitIsNotRememberedAsSound() {
        Rule leaf = new Rule.Level("leaf", Rule.Comparison.AT_LEAST, "b");
        Framework framework = sound().toBuilder().programme(Programme.builder("q", "Q")
                .entry(new Rule.All(List.of(leaf, leaf, new Rule.Not(leaf)))).build()).build();

        assertThat(FrameworkChecker.check(framework, 2)).extracting(Issue::code).contains(Codes.RULE_TOO_COSTLY);

        assertThat(SoundFrameworks.contains(framework)).isFalse();
    }

    @Test
    void rememberedFrameworksDoNotStayInMemoryOnceUnreachable() throws InterruptedException {
        int others = SoundFrameworks.size();
        List<Framework> frameworks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Framework framework = sound();
            FrameworkChecker.check(framework);
            frameworks.add(framework);
        }
        assertThat(SoundFrameworks.size()).isEqualTo(others + 200);
        frameworks.clear();
        // Collection is up to the JVM; ask a few times, then require that all 200 entries were dropped.
        for (int attempt = 0; attempt < 50 && SoundFrameworks.size() > others; attempt++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(SoundFrameworks.size()).isLessThanOrEqualTo(others);
    }
}
