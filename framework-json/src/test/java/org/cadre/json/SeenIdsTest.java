package org.cadre.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Report;
import org.junit.jupiter.api.Test;

/**
 * The compact table of person ids a JSON Lines cohort remembers: a repeated id is found with the line it was
 * first seen on, ids that share a fingerprint are told apart exactly, and with the check off nothing is kept.
 */
class SeenIdsTest {

    private static final int PEOPLE = 20_000;

    @Test
    void findsEveryRepeatedIdWithItsFirstLineAndNothingElseAgainstAPlainMap() {
        SplittableRandom random = new SplittableRandom(8);
        SeenIds seen = SeenIds.create();
        Map<String, Integer> expected = new HashMap<>();
        for (int line = 1; line <= PEOPLE; line++) {
            String id = randomId(random);
            Integer first = expected.putIfAbsent(id, line);
            assertThat(seen.firstLine(id, line)).as("id %s on line %d", id, line)
                    .isEqualTo(first == null ? 0 : first);
        }
        assertThat(seen.size()).isEqualTo(expected.size());
    }

    @Test
    void idsThatShareAFingerprintAreNotTakenForOneAnother() {
        // A fingerprint of two bits: 20,000 different ids share four fingerprints, so every look-up meets
        // fingerprint matches that only the exact comparison can reject.
        SeenIds seen = SeenIds.withFingerprint(id -> id.hashCode() & 3);
        for (int line = 1; line <= 2_000; line++) {
            assertThat(seen.firstLine("person-" + line, line)).as("line %d", line).isZero();
        }
        assertThat(seen.firstLine("person-1234", 5_000)).isEqualTo(1_234);
        assertThat(seen.firstLine("person-1", 5_001)).isEqualTo(1);
        assertThat(seen.firstLine("person-2000", 5_002)).isEqualTo(2_000);
        assertThat(seen.size()).isEqualTo(2_000);
    }

    @Test
    void idsOfDifferentLengthsAndScriptsCrossChunkBoundariesIntact() {
        // Ids of up to 70,000 characters do not fit the arena's 64 KiB chunks side by side.
        SeenIds seen = SeenIds.withFingerprint(id -> 7);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ids.add("é".repeat(i * 600) + "ü" + i);
        }
        ids.add("x".repeat(70_000));
        for (int i = 0; i < ids.size(); i++) {
            assertThat(seen.firstLine(ids.get(i), i + 1)).isZero();
        }
        for (int i = 0; i < ids.size(); i++) {
            assertThat(seen.firstLine(ids.get(i), 1_000 + i)).as("id %d again", i).isEqualTo(i + 1);
        }
        assertThat(seen.firstLine("x".repeat(69_999), 2_000)).isZero();
    }

    @Test
    void keepsFarLessThanAMapOfStringsPerPerson() {
        SeenIds seen = SeenIds.create();
        for (int line = 1; line <= PEOPLE * 5; line++) {
            seen.firstLine(String.format("person-%07d", line), line);
        }
        // 14-byte ids: 8 to 16 bytes of slots, 17 of arena and a little for checkpoints, per person. A
        // HashMap<String, Integer> of the same ids holds about 115.
        assertThat(seen.retainedBytes()).isLessThan(40L * PEOPLE * 5);
    }

    @Test
    void theDuplicateCheckIsOnByDefaultAndTurningItOffIsPartOfTheLimitsValue() {
        Limits off = Limits.defaults().withCohortDuplicateCheck(false);

        assertThat(Limits.defaults().cohortDuplicateCheck()).isTrue();
        assertThat(off.cohortDuplicateCheck()).isFalse();
        assertThat(off.withMaxDepth(10).cohortDuplicateCheck()).isFalse();
        assertThat(off).isNotEqualTo(Limits.defaults());
        assertThat(off.withCohortDuplicateCheck(true)).isEqualTo(Limits.defaults())
                .hasSameHashCodeAs(Limits.defaults());
        assertThat(off.toString()).contains("cohortDuplicateCheck=false");
    }

    @Test
    void withTheCheckOffNothingIsRememberedAndNoRepeatIsFound() {
        SeenIds none = SeenIds.forCheck(false);
        for (int line = 1; line <= PEOPLE; line++) {
            assertThat(none.firstLine("same", line)).isZero();
        }
        assertThat(none.size()).isZero();
        assertThat(none.retainedBytes()).isZero();
    }

    @Test
    void aStreamWithTheCheckOffHandsOnRepeatedIdsAndItsTableStaysEmpty() {
        DocumentLoader loader = DocumentLoader.create(Limits.defaults().withCohortDuplicateCheck(false));
        StringBuilder text = new StringBuilder();
        for (int line = 1; line <= 3_000; line++) {
            text.append("{\"id\": \"p").append(line % 1_000).append("\"}\n");
        }
        SeenIds table = SeenIds.forCheck(Limits.defaults().withCohortDuplicateCheck(false).cohortDuplicateCheck());
        List<String> ids = new ArrayList<>();

        Report report = loader.stream(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
                "people.jsonl", null, null, person -> ids.add(person.id()), table);
        Report throughPublicApi = loader.streamCohort(
                new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), "people.jsonl",
                person -> { });

        assertThat(ids).hasSize(3_000);
        assertThat(report.issues()).isEmpty();
        assertThat(throughPublicApi.issues()).isEmpty();
        assertThat(table.size()).isZero();
        assertThat(table.retainedBytes()).isZero();
    }

    @Test
    void aStreamWithTheCheckOnReportsEachRepeatWithBothLines() {
        DocumentLoader loader = DocumentLoader.create();
        StringBuilder text = new StringBuilder();
        for (int line = 1; line <= 1_500; line++) {
            text.append("{\"id\": \"p").append(line % 1_000).append("\"}\n");
        }
        SeenIds table = SeenIds.withFingerprint(id -> id.length());
        List<String> ids = new ArrayList<>();

        Report report = loader.stream(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
                "people.jsonl", null, null, person -> ids.add(person.id()), table);

        assertThat(ids).hasSize(1_000);
        assertThat(table.size()).isEqualTo(1_000);
        List<Issue> repeats = report.issues().stream()
                .filter(issue -> issue.code().equals(Codes.PERSON_DUPLICATE_ID)).toList();
        assertThat(repeats).hasSize(500);
        Issue first = repeats.get(0);
        assertThat(first.line()).isEqualTo(1_001);
        assertThat(first.message()).contains("[p1]").contains("line 1;");
        Issue last = repeats.get(repeats.size() - 1);
        assertThat(last.line()).isEqualTo(1_500);
        assertThat(last.message()).contains("[p500]").contains("line 500;");
    }

    private static String randomId(SplittableRandom random) {
        // A small alphabet and short ids, so that about a quarter of the ids repeat.
        int length = 1 + random.nextInt(4);
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < length; i++) {
            id.append((char) ('a' + random.nextInt(12)));
        }
        return id.toString();
    }
}
