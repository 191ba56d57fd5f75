package org.cadre.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cadre.testing.Generator;
import org.cadre.testing.Generators;
import org.cadre.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * The effective scale is worked out once for the whole tree; it must agree with the definition: the scale
 * named by the nearest competency on {@link Framework#path(String)}, counting from the competency upwards.
 */
class EffectiveScalePropertyTest {

    private static final ProficiencyScale FOUR = ProficiencyScale.builder("four", "Four levels")
            .level("a", "A", 1).level("b", "B", 2).level("c", "C", 3).level("d", "D", 4).build();
    private static final ProficiencyScale THREE = ProficiencyScale.builder("three", "Three levels")
            .level("a", "A", 1).level("b", "B", 2).level("c", "C", 3).build();

    /** One competency: which of the others it names as parent (or none, or an unknown one), and its scale. */
    private record Spec(int id, int parent, int scale) {
    }

    /**
     * Up to 30 competencies with ids drawn from a small range (so some repeat), parents drawn anywhere
     * (so cycles, self-parents and unknown parents happen) and scales known, unknown or absent.
     */
    private static Generator<Framework> tangledTrees() {
        Generator<Spec> spec = random -> new Spec(random.between(0, 24), random.between(-2, 24),
                random.between(0, 5));
        return Generators.lists(spec, 0, 30).map(specs -> {
            Framework.Builder builder = Framework.builder("tangled", "1.0.0", "Tangled").scale(FOUR).scale(THREE);
            for (Spec s : specs) {
                String parent = s.parent() == -2 ? null : s.parent() == -1 ? "nowhere" : "c" + s.parent();
                String scale = switch (s.scale()) {
                    case 0 -> "four";
                    case 1 -> "three";
                    case 2 -> "missing";
                    default -> null;
                };
                builder.competency(Competency.builder("c" + s.id(), "C" + s.id()).parent(parent).scale(scale).build());
            }
            return builder.build();
        });
    }

    private static Optional<ProficiencyScale> byPath(Framework framework, String id) {
        List<Competency> path = new ArrayList<>(framework.path(id));
        for (int i = path.size() - 1; i >= 0; i--) {
            Optional<String> scale = path.get(i).scale();
            if (scale.isPresent()) {
                return framework.scale(scale.get());
            }
        }
        return Optional.empty();
    }

    @Test
    void effectiveScaleIsTheNearestScaleOnThePathEvenWithCyclesDuplicatesAndUnknownParents() {
        Property.forAll("effective scale agrees with the path", tangledTrees(), framework -> {
            for (int i = -1; i <= 25; i++) {
                String id = "c" + i;
                assertThat(framework.effectiveScale(id)).as(id).isEqualTo(byPath(framework, id));
            }
            assertThat(framework.effectiveScale("nowhere")).isEmpty();
        });
    }

    @Test
    void aFrameworkWithTheMemoStillEqualsOneWithout() {
        Framework first = Framework.builder("f", "1.0.0", "F").scale(FOUR)
                .competency(Competency.builder("root", "Root").scale("four").build()).build();
        Framework second = first.toBuilder().build();
        assertThat(first.effectiveScale("root")).contains(FOUR);
        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    }
}
