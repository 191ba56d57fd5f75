package org.cadre.json.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.cadre.json.DocumentLoader;
import org.cadre.json.DocumentWriter;
import org.cadre.json.LoadResult;
import org.cadre.plan.Plan;
import org.cadre.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost from a development plan: a generated plan, written and loaded again, is equal to the
 * original, {@code x-} fields included, and the writer is deterministic (the same plan gives the same bytes,
 * and load → write gives the text that was loaded).
 */
class PlanRoundTripPropertyTest {

    private static final DocumentLoader LOADER = DocumentLoader.create();
    private static final DocumentWriter WRITER = DocumentWriter.create();

    @Test
    void writingAndLoadingAPlanGivesAnEqualPlanAndTheSameText() {
        Property.forAll("plan: write → load is equal; write → load → write is a fixed point", Plans.plans(), 300,
                plan -> {
                    String written = WRITER.write(plan);
                    LoadResult<Plan> loaded = LOADER.loadPlan(written, "plan.json");
                    assertThat(loaded.report().issues()).as("issues loading the written plan").isEmpty();
                    assertThat(loaded.orThrow()).isEqualTo(plan);
                    assertThat(loaded.orThrow().extensions()).isEqualTo(plan.extensions());
                    assertThat(loaded.orThrow().hashCode()).isEqualTo(plan.hashCode());
                    assertThat(WRITER.write(loaded.orThrow())).isEqualTo(written);
                });
    }

    @Test
    void theWriterGivesTheSameBytesForEqualPlansEveryTime() {
        Property.forAll("plan: equal plans are written to identical bytes", Plans.plans(), 200, plan -> {
            Plan copy = plan.toBuilder().build();
            byte[] first = WRITER.write(plan).getBytes(StandardCharsets.UTF_8);
            byte[] again = DocumentWriter.create().write(copy).getBytes(StandardCharsets.UTF_8);
            assertThat(copy).isEqualTo(plan);
            assertThat(again).isEqualTo(first);
        });
    }

    @Test
    void theWriterGivesTheSameBytesForEqualFrameworksEveryTime() {
        Property.forAll("framework: write → load → write → load → write gives identical bytes", Frameworks.valid(),
                100, framework -> {
                    String first = WRITER.write(framework);
                    String second = WRITER.write(framework);
                    String third = WRITER.write(LOADER.loadFramework(first, "f.json").orThrow());
                    String fourth = WRITER.write(LOADER.loadFramework(third, "f.json").orThrow());
                    assertThat(second).isEqualTo(first);
                    assertThat(third).isEqualTo(first);
                    assertThat(fourth).isEqualTo(first);
                });
    }
}
