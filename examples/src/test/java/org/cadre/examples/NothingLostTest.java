package org.cadre.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cadre.json.DocumentLoader;
import org.cadre.json.DocumentWriter;
import org.cadre.model.Framework;
import org.cadre.person.Person;
import org.cadre.plan.Catalogue;
import org.cadre.plan.Plan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing is lost from a shipped example: every framework, people, plan and catalogue document listed in
 * {@link ShippedExamples}, loaded, written and loaded again, gives an equal model with the same {@code x-}
 * fields, and the writer is deterministic — the same model written twice, or an equal copy of it, gives the
 * same bytes, and load → write → load → write gives them again.
 */
class NothingLostTest {

    private static final DocumentLoader LOADER = DocumentLoader.create();
    private static final Pattern EXTENSION = Pattern.compile("\"(x-[^\"\\\\]*)\"\\s*:");

    static Stream<String> frameworks() {
        return ShippedExamples.FRAMEWORKS.stream();
    }

    static Stream<String> people() {
        return ShippedExamples.PEOPLE.stream();
    }

    static Stream<String> plans() {
        return ShippedExamples.PLANS.stream();
    }

    static Stream<String> catalogues() {
        return ShippedExamples.CATALOGUES.stream();
    }

    /** Each {@code x-} field name with how often it occurs, as "name#n". */
    private static Set<String> extensionNames(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = EXTENSION.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        Set<String> counted = new TreeSet<>();
        for (String name : new TreeSet<>(names)) {
            counted.add(name + "#" + names.stream().filter(name::equals).count());
        }
        return counted;
    }

    @ParameterizedTest
    @MethodSource("frameworks")
    void eachShippedFrameworkComesBackEqualWithItsExtensionsAndTheSameBytes(String name) {
        String original = new String(ShippedExamples.framework(name), StandardCharsets.UTF_8);
        Framework loaded = LOADER.loadFramework(ShippedExamples.framework(name), name).orThrow();

        String written = DocumentWriter.create().write(loaded);
        Framework reloaded = LOADER.loadFramework(written, name).orThrow();

        assertThat(reloaded).isEqualTo(loaded);
        assertThat(reloaded.extensions()).isEqualTo(loaded.extensions());
        assertThat(extensionNames(original)).as("x- fields of %s", name).isNotEmpty();
        assertThat(extensionNames(written)).isEqualTo(extensionNames(original));
        assertThat(DocumentWriter.create().write(loaded)).as("written twice").isEqualTo(written);
        assertThat(DocumentWriter.create().write(loaded.toBuilder().build())).as("an equal copy").isEqualTo(written);
        assertThat(DocumentWriter.create().write(reloaded)).as("load → write → load → write").isEqualTo(written);
    }

    @ParameterizedTest
    @MethodSource("people")
    void eachShippedCohortComesBackEqualWithItsExtensionsAndTheSameBytes(String name) {
        String original = new String(ShippedExamples.people(name), StandardCharsets.UTF_8);
        List<Person> loaded = LOADER.loadCohort(ShippedExamples.people(name), name).orThrow();

        String written = DocumentWriter.create().write(loaded);
        List<Person> reloaded = LOADER.loadCohort(written, name).orThrow();

        assertThat(reloaded).containsExactlyElementsOf(loaded);
        for (int i = 0; i < loaded.size(); i++) {
            assertThat(reloaded.get(i).extensions()).isEqualTo(loaded.get(i).extensions());
        }
        assertThat(extensionNames(original)).as("x- fields of %s", name).isNotEmpty();
        assertThat(extensionNames(written)).isEqualTo(extensionNames(original));
        assertThat(DocumentWriter.create().write(loaded)).as("written twice").isEqualTo(written);
        assertThat(DocumentWriter.create().write(List.copyOf(reloaded))).as("load → write → load → write")
                .isEqualTo(written);
        for (Person person : loaded) {
            String alone = DocumentWriter.create().write(person);
            assertThat(LOADER.loadPerson(alone, person.id()).orThrow()).isEqualTo(person);
            assertThat(DocumentWriter.create().write(person.toBuilder().build())).isEqualTo(alone);
        }
    }

    @ParameterizedTest
    @MethodSource("people")
    void eachShippedCohortComesBackEqualThroughJsonLines(String name) {
        List<Person> loaded = LOADER.loadCohort(ShippedExamples.people(name), name).orThrow();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();

        DocumentWriter.create().writeLines(loaded, first);
        DocumentWriter.create().writeLines(loaded, second);
        List<Person> read = new ArrayList<>();
        assertThat(LOADER.streamCohort(new ByteArrayInputStream(first.toByteArray()), name + ".jsonl", read::add)
                .issues()).isEmpty();

        assertThat(read).containsExactlyElementsOf(loaded);
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    }

    @ParameterizedTest
    @MethodSource("plans")
    void eachShippedPlanComesBackEqualAndTheSameBytes(String name) {
        String original = new String(ShippedExamples.plan(name), StandardCharsets.UTF_8);
        Plan loaded = LOADER.loadPlan(ShippedExamples.plan(name), name).orThrow();

        String written = DocumentWriter.create().write(loaded);
        Plan reloaded = LOADER.loadPlan(written, name).orThrow();

        assertThat(reloaded).isEqualTo(loaded);
        assertThat(reloaded.extensions()).isEqualTo(loaded.extensions());
        assertThat(extensionNames(written)).isEqualTo(extensionNames(original));
        assertThat(DocumentWriter.create().write(loaded)).as("written twice").isEqualTo(written);
        assertThat(DocumentWriter.create().write(loaded.toBuilder().build())).as("an equal copy").isEqualTo(written);
        assertThat(DocumentWriter.create().write(reloaded)).as("load → write → load → write").isEqualTo(written);
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void eachShippedCatalogueComesBackEqualWithItsExtensionsAndTheSameBytes(String name) {
        String original = new String(ShippedExamples.catalogue(name), StandardCharsets.UTF_8);
        Catalogue loaded = LOADER.loadCatalogue(ShippedExamples.catalogue(name), name).orThrow();

        String written = DocumentWriter.create().write(loaded);
        Catalogue reloaded = LOADER.loadCatalogue(written.getBytes(StandardCharsets.UTF_8), name).orThrow();

        assertThat(reloaded).isEqualTo(loaded);
        assertThat(extensionNames(original)).as("x- fields of %s", name).isNotEmpty();
        assertThat(extensionNames(written)).isEqualTo(extensionNames(original));
        assertThat(written).as("the shipped file is the writer's form").isEqualTo(original);
        assertThat(DocumentWriter.create().write(reloaded)).as("load → write → load → write").isEqualTo(written);
    }
}
