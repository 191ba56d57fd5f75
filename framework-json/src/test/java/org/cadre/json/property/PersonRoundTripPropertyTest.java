package org.cadre.json.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadre.json.DocumentKind;
import org.cadre.json.DocumentLoader;
import org.cadre.json.DocumentWriter;
import org.cadre.json.LoadResult;
import org.cadre.json.Schemas;
import org.cadre.person.Person;
import org.cadre.report.Report;
import org.cadre.testing.Property;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing is lost from a person's record: a person document, a cohort document and a JSON Lines cohort,
 * written and loaded again, give equal people, and writing again gives the same text. What the writer
 * writes, the published schemas accept on their own (resolving each other's {@code $id} from this jar).
 */
class PersonRoundTripPropertyTest {

    private static final DocumentLoader LOADER = DocumentLoader.create();
    private static final DocumentWriter WRITER = DocumentWriter.create();
    /** Reads numbers exactly, as a validator must to judge {@code 1E+400}, which no double holds. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Test
    void writingAndLoadingAPersonGivesAnEqualRecordAndTheSameText() {
        Property.forAll("person: write → load is equal; write → load → write is a fixed point", People.persons(), 300,
                person -> {
                    String written = WRITER.write(person);
                    LoadResult<Person> loaded = LOADER.loadPerson(written, "person.json");
                    assertThat(loaded.report().issues()).as("issues loading the written person").isEmpty();
                    assertThat(loaded.orThrow()).isEqualTo(person);
                    assertThat(loaded.orThrow().hashCode()).isEqualTo(person.hashCode());
                    assertThat(WRITER.write(loaded.orThrow())).isEqualTo(written);
                });
    }

    @Test
    void writingAndLoadingACohortGivesEqualPeopleInTheSameOrder() {
        Property.forAll("cohort: write → load is equal; write → load → write is a fixed point", People.cohorts(), 150,
                people -> {
                    String written = WRITER.write(people);
                    LoadResult<List<Person>> loaded = LOADER.loadCohort(written, "cohort.json");
                    assertThat(loaded.report().issues()).as("issues loading the written cohort").isEmpty();
                    assertThat(loaded.orThrow()).containsExactlyElementsOf(people);
                    assertThat(WRITER.write(loaded.orThrow())).isEqualTo(written);
                });
    }

    @Test
    void writingAndStreamingJsonLinesGivesEqualPeopleInTheSameOrder() {
        Property.forAll("JSON Lines: writeLines → streamCohort gives the same people", People.cohorts(), 150,
                people -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    WRITER.writeLines(people, out);
                    String text = out.toString(StandardCharsets.UTF_8);
                    assertThat(text.lines()).hasSize(people.size());
                    List<Person> read = new ArrayList<>();
                    Report report = LOADER.streamCohort(new ByteArrayInputStream(out.toByteArray()), "people.jsonl",
                            read::add);
                    assertThat(report.issues()).as("issues streaming the written lines").isEmpty();
                    assertThat(read).containsExactlyElementsOf(people);
                });
    }

    @Test
    void thePublishedSchemasAcceptWhatTheWriterWrites() {
        Map<String, String> texts = new HashMap<>();
        for (DocumentKind kind : DocumentKind.values()) {
            texts.put(Schemas.id(kind), Schemas.text(kind));
        }
        // Only the published texts: an $id that is not among them fails instead of being fetched.
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(texts::get));
        Schema person = registry.getSchema(SchemaLocation.of(Schemas.id(DocumentKind.PERSON)));
        Schema cohort = registry.getSchema(SchemaLocation.of(Schemas.id(DocumentKind.COHORT)));
        Schema framework = registry.getSchema(SchemaLocation.of(Schemas.id(DocumentKind.FRAMEWORK)));
        Property.forAll("the person schema accepts written people", People.persons(), 100, generated ->
                assertThat(person.validate(MAPPER.readTree(WRITER.write(generated)))).isEmpty());
        Property.forAll("the cohort schema accepts written cohorts", People.cohorts(), 50, generated ->
                assertThat(cohort.validate(MAPPER.readTree(WRITER.write(generated)))).isEmpty());
        Property.forAll("the framework schema accepts written frameworks with rules", Frameworks.valid(), 100,
                generated -> assertThat(framework.validate(MAPPER.readTree(WRITER.write(generated)))).isEmpty());
    }
}
