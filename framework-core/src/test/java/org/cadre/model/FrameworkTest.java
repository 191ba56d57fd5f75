package org.cadre.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrameworkTest {

    private static final Duration QUICKLY = Duration.ofSeconds(5);

    private static final ProficiencyScale HLM_4 = ProficiencyScale.builder("hlm-4", "Health leadership levels")
            .level("essential", "Essential", 1).level("proficient", "Proficient", 2)
            .level("strong", "Strong", 3).level("exemplary", "Exemplary", 4).build();
    private static final ProficiencyScale SFIA_7 = ProficiencyScale.builder("sfia-7", "SFIA levels")
            .level("follow", "Follow", 1).level("assist", "Assist", 2).level("apply", "Apply", 3).build();

    private static Competency competency(String id, String parent, String scale) {
        return Competency.builder(id, "About " + id).parent(parent).scale(scale).build();
    }

    private static List<String> ids(List<Competency> competencies) {
        return competencies.stream().map(Competency::id).toList();
    }

    /**
     * r (hlm-4) has children a (sfia-7) and b; a has a2 and a1, b has b1, in document order. The list mixes
     * the levels up so that "document order" and "tree order" differ.
     */
    private static Framework tree() {
        return Framework.builder("tree", "1.0.0", "A tree")
                .scale(HLM_4).scale(SFIA_7)
                .competency(competency("r", null, "hlm-4"))      // 0
                .competency(competency("b1", "b", null))         // 1
                .competency(competency("a", "r", "sfia-7"))      // 2
                .competency(competency("a2", "a", null))         // 3
                .competency(competency("b", "r", null))          // 4
                .competency(competency("a1", "a", null))         // 5
                .competency(competency("orphan", "nowhere", null))  // 6: names a parent that does not exist
                .competency(competency("unscaled", null, null))  // 7
                .competency(competency("wrong", null, "nope"))   // 8: names a scale that does not exist
                .competency(competency("wrong.child", "wrong", null)) // 9
                .programme(Programme.builder("foundation", "Foundation").build())
                .build();
    }

    /** x and y are each other's parent, z hangs below x, and self is its own parent. */
    private static Framework cyclic() {
        return Framework.builder("cyclic", "1.0.0", "Parent links in a cycle")
                .scale(HLM_4)
                .competency(competency("x", "y", null))
                .competency(competency("y", "x", "hlm-4"))
                .competency(competency("self", "self", null))
                .competency(competency("z", "x", null))
                .build();
    }

    /** c0 is the root (rated on hlm-4), each next competency a child of the one before. */
    private static Framework chain(int length, boolean closed) {
        Framework.Builder builder = Framework.builder("chain", "1.0.0", "A long chain").scale(HLM_4);
        for (int i = 0; i < length; i++) {
            String parent = i > 0 ? "c" + (i - 1) : closed ? "c" + (length - 1) : null;
            builder.competency(competency("c" + i, parent, i == 0 ? "hlm-4" : null));
        }
        return builder.build();
    }

    @Nested
    class Lookups {

        @Test
        void findsScalesCompetenciesAndProgrammesById() {
            Framework framework = tree();

            assertThat(framework.scale("sfia-7")).containsSame(framework.scales().get(1));
            assertThat(framework.competency("a2")).containsSame(framework.competencies().get(3));
            assertThat(framework.programme("foundation")).containsSame(framework.programmes().get(0));
        }

        @Test
        void findsNothingForAnUnknownId() {
            Framework framework = tree();

            assertThat(framework.scale("nope")).isEmpty();
            assertThat(framework.competency("nowhere")).isEmpty();
            assertThat(framework.programme("senior")).isEmpty();
        }

        @Test
        void findsTheFirstOfTwoObjectsThatWronglyShareAnId() {
            Competency first = Competency.builder("dup", "First").build();
            Competency second = Competency.builder("dup", "Second").build();
            ProficiencyScale otherScale = HLM_4.toBuilder().description("a copy").build();
            Programme p1 = Programme.builder("p", "First").build();
            Programme p2 = Programme.builder("p", "Second").build();
            Framework framework = Framework.builder("dups", "1.0.0", "Duplicates")
                    .scale(HLM_4).scale(otherScale).competency(first).competency(second).programme(p1).programme(p2)
                    .build();

            assertThat(framework.competency("dup")).containsSame(first);
            assertThat(framework.scale("hlm-4")).containsSame(HLM_4);
            assertThat(framework.programme("p")).containsSame(p1);
            assertThat(framework.competencies()).containsExactly(first, second);
        }

        @Test
        void listsTheDirectChildrenInDocumentOrder() {
            Framework framework = tree();

            assertThat(ids(framework.children("r"))).containsExactly("a", "b");
            assertThat(ids(framework.children("a"))).containsExactly("a2", "a1");
            assertThat(ids(framework.children("b"))).containsExactly("b1");
        }

        @Test
        void givesNoChildrenForALeafOrAnUnknownId() {
            Framework framework = tree();

            assertThat(framework.children("a1")).isEmpty();
            assertThat(framework.children("nowhere")).isEmpty();
            assertThat(framework.children("no-such-competency")).isEmpty();
        }

        @Test
        void listsDescendantsDepthFirstInDocumentOrder() {
            Framework framework = tree();

            assertThat(ids(framework.descendants("r"))).containsExactly("a", "a2", "a1", "b", "b1");
            assertThat(ids(framework.descendants("a"))).containsExactly("a2", "a1");
            assertThat(framework.descendants("b1")).isEmpty();
            assertThat(framework.descendants("no-such-competency")).isEmpty();
        }

        @Test
        void givesThePathFromTheRootDown() {
            Framework framework = tree();

            assertThat(ids(framework.path("a1"))).containsExactly("r", "a", "a1");
            assertThat(ids(framework.path("b1"))).containsExactly("r", "b", "b1");
            assertThat(ids(framework.path("r"))).containsExactly("r");
        }

        @Test
        void startsThePathAtACompetencyWhoseParentIsUnknown() {
            assertThat(ids(tree().path("orphan"))).containsExactly("orphan");
        }

        @Test
        void givesAnEmptyPathForAnUnknownId() {
            assertThat(tree().path("no-such-competency")).isEmpty();
        }

        @Test
        void treatsCompetenciesWithoutAKnownParentAsRootsInDocumentOrder() {
            assertThat(ids(tree().roots())).containsExactly("r", "orphan", "unscaled", "wrong");
        }

        @Test
        void ratesACompetencyOnItsOwnScale() {
            Framework framework = tree();

            assertThat(framework.effectiveScale("r")).containsSame(HLM_4);
            assertThat(framework.effectiveScale("a")).containsSame(SFIA_7);
        }

        @Test
        void ratesACompetencyWithoutAScaleOnItsNearestAncestorsScale() {
            Framework framework = tree();

            assertThat(framework.effectiveScale("a1")).containsSame(SFIA_7);
            assertThat(framework.effectiveScale("a2")).containsSame(SFIA_7);
            assertThat(framework.effectiveScale("b")).containsSame(HLM_4);
            assertThat(framework.effectiveScale("b1")).containsSame(HLM_4);
        }

        @Test
        void findsNoScaleWhenNeitherTheCompetencyNorAnAncestorNamesOne() {
            Framework framework = tree();

            assertThat(framework.effectiveScale("unscaled")).isEmpty();
            assertThat(framework.effectiveScale("orphan")).isEmpty();
            assertThat(framework.effectiveScale("no-such-competency")).isEmpty();
        }

        @Test
        void findsNoScaleWhenTheNearestScaleNamedDoesNotExist() {
            Framework framework = tree();

            assertThat(framework.effectiveScale("wrong")).isEmpty();
            assertThat(framework.effectiveScale("wrong.child")).isEmpty();
        }
    }

    @Nested
    class BrokenParentLinks {

        @Test
        void hasNoRootsWhenEveryCompetencyIsInACycle() {
            assertThat(cyclic().roots()).isEmpty();
        }

        @Test
        void listsEachDescendantOnceWhenParentLinksFormACycle() {
            Framework framework = cyclic();

            assertTimeoutPreemptively(QUICKLY, () -> {
                assertThat(ids(framework.descendants("x"))).containsExactly("y", "z");
                assertThat(ids(framework.descendants("y"))).containsExactly("x", "z");
                assertThat(framework.descendants("self")).isEmpty();
            });
        }

        @Test
        void stopsThePathWhereParentLinksFormACycle() {
            Framework framework = cyclic();

            assertTimeoutPreemptively(QUICKLY, () -> {
                assertThat(ids(framework.path("x"))).containsExactly("y", "x");
                assertThat(ids(framework.path("z"))).containsExactly("y", "x", "z");
                assertThat(ids(framework.path("self"))).containsExactly("self");
            });
        }

        @Test
        void findsTheScaleOfAnAncestorInsideACycle() {
            Framework framework = cyclic();

            assertTimeoutPreemptively(QUICKLY, () -> {
                assertThat(framework.effectiveScale("x")).containsSame(HLM_4);
                assertThat(framework.effectiveScale("z")).containsSame(HLM_4);
                assertThat(framework.effectiveScale("self")).isEmpty();
            });
        }

        @Test
        void listsACompetencyThatIsItsOwnParentAsItsOwnChild() {
            assertThat(ids(cyclic().children("self"))).containsExactly("self");
        }

        @Test
        void walksAChainOfAHundredThousandCompetenciesWithoutRecursing() {
            int length = 100_000;
            Framework framework = chain(length, false);

            assertTimeoutPreemptively(QUICKLY, () -> {
                List<Competency> path = framework.path("c" + (length - 1));
                assertThat(path).hasSize(length);
                assertThat(path.get(0).id()).isEqualTo("c0");
                List<Competency> descendants = framework.descendants("c0");
                assertThat(descendants).hasSize(length - 1);
                assertThat(descendants.get(0).id()).isEqualTo("c1");
                assertThat(descendants.get(length - 2).id()).isEqualTo("c" + (length - 1));
                assertThat(framework.effectiveScale("c" + (length - 1))).containsSame(HLM_4);
                assertThat(ids(framework.roots())).containsExactly("c0");
            });
        }

        @Test
        void walksACycleOfAHundredThousandCompetenciesWithoutLooping() {
            int length = 100_000;
            Framework framework = chain(length, true);

            assertTimeoutPreemptively(QUICKLY, () -> {
                List<Competency> path = framework.path("c5");
                assertThat(path).hasSize(length);
                assertThat(path.get(0).id()).isEqualTo("c6");
                assertThat(path.get(length - 1).id()).isEqualTo("c5");
                assertThat(framework.descendants("c0")).hasSize(length - 1);
                assertThat(framework.effectiveScale("c5")).containsSame(HLM_4);
                assertThat(framework.roots()).isEmpty();
            });
        }
    }

    @Nested
    class Immutability {

        @Test
        void returnsUnmodifiableCollections() {
            Framework framework = Examples.framework();
            Competency extra = Competency.builder("extra", "Extra").build();

            assertThatThrownBy(() -> framework.competencies().add(extra))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> framework.scales().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> framework.programmes().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> framework.authors().add("someone"))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> framework.translations().put("de", Translation.of("Titel", null)))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> framework.roots().add(extra)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> framework.children("hlm").add(extra))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> framework.children("unknown").add(extra))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> framework.descendants("hlm").add(extra))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> framework.path("hlm.engaging-team").add(extra))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void keepsItsOwnCopyOfTheListsGivenToTheBuilder() {
            List<ProficiencyScale> scales = new ArrayList<>(List.of(HLM_4));
            List<Competency> competencies = new ArrayList<>(List.of(competency("r", null, "hlm-4")));
            List<Programme> programmes = new ArrayList<>(List.of(Programme.builder("p", "P").build()));
            List<String> authors = new ArrayList<>(List.of("Ada"));
            Map<String, Translation> translations = new HashMap<>(Map.of("fr", Translation.of("Cadre", null)));
            Framework framework = Framework.builder("f", "1.0.0", "F").scales(scales).competencies(competencies)
                    .programmes(programmes).authors(authors).translations(translations).build();

            scales.add(SFIA_7);
            competencies.add(competency("other", "r", null));
            competencies.remove(0);
            programmes.clear();
            authors.set(0, "Grace");
            translations.put("de", Translation.of("Rahmen", null));

            assertThat(framework.scales()).containsExactly(HLM_4);
            assertThat(ids(framework.competencies())).containsExactly("r");
            assertThat(framework.competency("other")).isEmpty();
            assertThat(framework.programmes()).extracting(Programme::id).containsExactly("p");
            assertThat(framework.authors()).containsExactly("Ada");
            assertThat(framework.translations()).containsOnlyKeys("fr");
        }

        @Test
        void isNotChangedByUsingItsBuilderAgain() {
            Framework.Builder builder = Framework.builder("f", "1.0.0", "F").scale(HLM_4)
                    .competency(competency("r", null, "hlm-4"));
            Framework first = builder.build();

            builder.competency(competency("child", "r", null)).scale(SFIA_7).authors(List.of("Ada"));
            Framework second = builder.build();

            assertThat(ids(first.competencies())).containsExactly("r");
            assertThat(first.children("r")).isEmpty();
            assertThat(first.scales()).containsExactly(HLM_4);
            assertThat(first.authors()).isEmpty();
            assertThat(ids(second.children("r"))).containsExactly("child");
        }
    }

    @Nested
    class Construction {

        @Test
        void hasDefaultsForWhatIsNotSet() {
            Framework framework = Framework.builder("f", "1.0.0", "F").build();

            assertThat(framework.language()).isEqualTo(Framework.DEFAULT_LANGUAGE).isEqualTo("en");
            assertThat(framework.description()).isEmpty();
            assertThat(framework.license()).isEmpty();
            assertThat(framework.source()).isEmpty();
            assertThat(framework.authors()).isEmpty();
            assertThat(framework.translations()).isEmpty();
            assertThat(framework.scales()).isEmpty();
            assertThat(framework.competencies()).isEmpty();
            assertThat(framework.programmes()).isEmpty();
            assertThat(framework.extensions()).isSameAs(Extensions.none());
        }

        @Test
        void keepsEveryValueGiven() {
            Framework framework = Examples.framework();

            assertThat(framework.id()).isEqualTo("hlm");
            assertThat(framework.version()).isEqualTo("1.0.0");
            assertThat(framework.title()).isEqualTo("Healthcare leadership model");
            assertThat(framework.description()).contains("Behaviours of good leadership in health");
            assertThat(framework.language()).isEqualTo("en-GB");
            assertThat(framework.license()).contains("CC-BY-4.0");
            assertThat(framework.authors()).containsExactly("Cadre team", "Leadership Academy");
            assertThat(framework.source()).contains(Examples.SOURCE);
            assertThat(framework.translations()).containsOnlyKeys("fr");
            assertThat(framework.scales()).containsExactly(Examples.scale());
            assertThat(ids(framework.competencies())).containsExactly("hlm", "hlm.engaging-team");
            assertThat(framework.programmes()).containsExactly(Examples.programme());
            assertThat(framework.extensions().json("x-reviewed")).contains("true");
        }

        @Test
        void acceptsNullWhereTheBuilderSaysNone() {
            Framework framework = Examples.framework("f", "1.0.0", "F").description(null).license(null).source(null)
                    .build();

            assertThat(framework.description()).isEmpty();
            assertThat(framework.license()).isEmpty();
            assertThat(framework.source()).isEmpty();
        }

        @Test
        void rejectsNullIdVersionOrTitle() {
            assertThatNullPointerException().isThrownBy(() -> Framework.builder(null, "1.0.0", "F"))
                    .withMessageContaining("id");
            assertThatNullPointerException().isThrownBy(() -> Framework.builder("f", null, "F"))
                    .withMessageContaining("version");
            assertThatNullPointerException().isThrownBy(() -> Framework.builder("f", "1.0.0", null))
                    .withMessageContaining("title");
        }

        @Test
        void rejectsNullForRequiredSettings() {
            Framework.Builder builder = Framework.builder("f", "1.0.0", "F");

            assertThatNullPointerException().isThrownBy(() -> builder.language(null));
            assertThatNullPointerException().isThrownBy(() -> builder.translations(null));
            assertThatNullPointerException().isThrownBy(() -> builder.extensions(null));
            assertThatNullPointerException().isThrownBy(() -> builder.scale(null));
            assertThatNullPointerException().isThrownBy(() -> builder.competency(null));
            assertThatNullPointerException().isThrownBy(() -> builder.programme(null));
            assertThatNullPointerException().isThrownBy(() -> builder.authors(null));
            assertThatNullPointerException().isThrownBy(() -> builder.scales(null));
            assertThatNullPointerException().isThrownBy(() -> builder.competencies(null));
            assertThatNullPointerException().isThrownBy(() -> builder.programmes(null));
        }

        @Test
        void rejectsNullElementsOfLists() {
            Framework.Builder builder = Framework.builder("f", "1.0.0", "F");

            assertThatNullPointerException().isThrownBy(() -> builder.authors(Arrays.asList("Ada", null)));
            assertThatNullPointerException().isThrownBy(() -> builder.scales(Arrays.asList(HLM_4, null)));
            assertThatNullPointerException().isThrownBy(() -> builder.competencies(Arrays.asList((Competency) null)));
            assertThatNullPointerException().isThrownBy(() -> builder.programmes(Arrays.asList((Programme) null)));
        }

        @Test
        void rejectsATranslationThatIsNull() {
            Map<String, Translation> translations = new HashMap<>();
            translations.put("fr", null);
            Framework.Builder builder = Framework.builder("f", "1.0.0", "F").translations(translations);

            assertThatNullPointerException().isThrownBy(builder::build).withMessageContaining("translations");
        }

        @Test
        void describesItselfWithIdVersionAndCounts() {
            Framework framework = Framework.builder("hlm", "1.0.0", "F").scale(HLM_4).scale(SFIA_7)
                    .competency(competency("a", null, "hlm-4")).competency(competency("b", "a", null))
                    .competency(competency("c", "a", null)).build();

            assertThat(framework).hasToString("Framework[hlm 1.0.0, 2 scales, 3 competencies, 0 programmes]");
        }
    }

    @Nested
    class Equality {

        @Test
        void equalsAFrameworkWithTheSameContent() {
            Framework one = Examples.framework();
            Framework other = Examples.framework();

            assertThat(one).isNotSameAs(other).isEqualTo(other);
            assertThat(one.hashCode()).isEqualTo(other.hashCode());
        }

        @Test
        void copiesItselfThroughItsBuilder() {
            Framework framework = Examples.framework();
            Framework copy = framework.toBuilder().build();

            assertThat(copy).isEqualTo(framework);
            assertThat(copy.hashCode()).isEqualTo(framework.hashCode());
            assertThat(ids(copy.children("hlm"))).containsExactly("hlm.engaging-team");
        }

        @Test
        void leavesTheOriginalAloneWhenACopyIsChanged() {
            Framework framework = Examples.framework();

            Framework changed = framework.toBuilder().competency(competency("more", "hlm", null)).build();

            assertThat(framework.competencies()).hasSize(2);
            assertThat(changed.competencies()).hasSize(3);
            assertThat(changed).isNotEqualTo(framework);
        }

        static Stream<Arguments> oneFieldChanged() {
            Framework same = Examples.framework();
            return Stream.of(
                    Arguments.of("id", Examples.framework("hlm-2", "1.0.0", same.title()).build()),
                    Arguments.of("version", Examples.framework("hlm", "1.0.1", same.title()).build()),
                    Arguments.of("title", Examples.framework("hlm", "1.0.0", "Another title").build()),
                    Arguments.of("description", same.toBuilder().description("Other").build()),
                    Arguments.of("no description", same.toBuilder().description(null).build()),
                    Arguments.of("language", same.toBuilder().language("en").build()),
                    Arguments.of("license", same.toBuilder().license("MIT").build()),
                    Arguments.of("authors", same.toBuilder().authors(List.of("Cadre team")).build()),
                    Arguments.of("source", same.toBuilder().source(new Source(Optional.of("Other"), Optional.empty(),
                            Optional.empty(), Optional.empty(), Extensions.none())).build()),
                    Arguments.of("translations", same.toBuilder().translations(Examples.french("Autre")).build()),
                    Arguments.of("scales", same.toBuilder().scales(List.of(HLM_4)).build()),
                    Arguments.of("competencies", same.toBuilder().competencies(same.competencies().subList(0, 1))
                            .build()),
                    Arguments.of("programmes", same.toBuilder().programmes(List.of()).build()),
                    Arguments.of("extensions", same.toBuilder().extensions(Extensions.none()).build()));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("oneFieldChanged")
        void differsFromAFrameworkWithOneFieldChanged(String field, Framework changed) {
            Framework framework = Examples.framework();

            assertThat(changed).isNotEqualTo(framework);
            assertThat(framework).isNotEqualTo(changed);
            assertThat(changed.hashCode()).isNotEqualTo(framework.hashCode());
        }

        @Test
        void differsFromNullAndFromOtherTypes() {
            Framework framework = Examples.framework();

            assertThat(framework.equals(null)).isFalse();
            assertThat(framework.equals("hlm")).isFalse();
        }
    }
}
