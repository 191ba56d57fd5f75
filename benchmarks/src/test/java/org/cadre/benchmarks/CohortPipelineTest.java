package org.cadre.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cadre.evaluation.CompiledFramework;
import java.util.Iterator;
import java.util.List;
import org.cadre.json.DocumentLoader;
import org.cadre.json.Limits;
import org.cadre.json.internal.PersonLineFastPath;
import org.cadre.person.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CohortBenchmark's path, on a tiny cohort: the file, the two-thread pipeline and the plain read agree. */
class CohortPipelineTest {

    private static final int PEOPLE = 1_300; // more than two batches, the last one partial

    @TempDir
    Path directory;

    @Test
    void theCohortFileHoldsTheSyntheticPeopleOnePerLineAndIsWrittenOnce() throws Exception {
        CompiledFramework compiled = SyntheticCohort.compiled();
        Path file = CohortPipeline.cohortFile(directory, compiled, PEOPLE);
        assertThat(Files.lines(file)).hasSize(PEOPLE);
        long written = Files.getLastModifiedTime(file).toMillis();
        assertThat(CohortPipeline.cohortFile(directory, compiled, PEOPLE)).isEqualTo(file);
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(written);
        assertThat(CohortPipeline.plainRead(file)).isEqualTo(PEOPLE);
    }

    @Test
    void thePipelineJudgesEveryPersonAsProgressionDoesOneByOne() {
        CompiledFramework compiled = SyntheticCohort.compiled();
        Path file = CohortPipeline.cohortFile(directory, compiled, PEOPLE);
        CohortPipeline.Result result = CohortPipeline.judge(DocumentLoader.create(), compiled, file,
                SyntheticCohort.AS_OF);
        long eligible = 0;
        for (Person person : SyntheticCohort.lazily(compiled.framework(), PEOPLE, SyntheticCohort.SEED)) {
            eligible += compiled.progression(person, SyntheticCohort.AS_OF).next().size();
        }
        assertThat(result.report().issues()).isEmpty();
        assertThat(result.people()).isEqualTo(PEOPLE);
        assertThat(result.eligible()).isEqualTo(eligible).isPositive();
    }

    @Test
    void theLoadersFastPathAcceptsEverySyntheticLineAsThePersonWritten() throws Exception {
        CompiledFramework compiled = SyntheticCohort.compiled();
        Path file = CohortPipeline.cohortFile(directory, compiled, PEOPLE);
        PersonLineFastPath fast = new PersonLineFastPath(Limits.defaults());
        List<String> lines = Files.readAllLines(file);
        Iterator<Person> people = SyntheticCohort.lazily(compiled.framework(), PEOPLE, SyntheticCohort.SEED).iterator();
        for (int i = 0; i < lines.size(); i++) {
            assertThat(fast.read(lines.get(i))).as("line %d", i + 1).contains(people.next());
        }
        assertThat(lines).hasSize(PEOPLE);
    }
}
