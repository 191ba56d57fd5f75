package org.cadre.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.json.DocumentKind;
import org.cadre.json.DocumentLoader;
import org.cadre.json.DocumentWriter;
import org.cadre.json.LoadResult;
import org.cadre.json.PlanContext;
import org.cadre.json.Schemas;
import org.cadre.model.Framework;
import org.cadre.model.Programme;
import org.cadre.person.Person;
import org.cadre.plan.Catalogue;
import org.cadre.plan.Draft;
import org.cadre.plan.Plan;
import org.cadre.plan.PlanDrafter;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.junit.jupiter.api.Test;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.json.JsonMapper;

/** The shipped activity catalogue: listed, schema-valid, clean against the framework, and good to draft from. */
class ShippedCataloguesTest {

    private static final Path CATALOGUES = Path.of("catalogues");
    private static final DocumentLoader LOADER = DocumentLoader.create();
    private static final LocalDate START = LocalDate.of(2026, 6, 1);

    private static Framework hlm() {
        return LOADER.loadFramework(Path.of("frameworks/nhs-hlm.json")).orThrow();
    }

    private static Catalogue catalogue() {
        return LOADER.loadCatalogue(CATALOGUES.resolve("nhs-hlm-catalogue.json"), hlm()).orThrow();
    }

    @Test
    void listsEveryShippedCatalogueAndTheJarHoldsTheSameBytes() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(CATALOGUES)) {
            onDisk = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json")).toList();
        }
        assertThat(ShippedExamples.CATALOGUES).containsExactlyInAnyOrderElementsOf(onDisk).isNotEmpty();
        for (String name : ShippedExamples.CATALOGUES) {
            assertThat(ShippedExamples.catalogue(name)).as(name).isEqualTo(Files.readAllBytes(CATALOGUES.resolve(name)));
        }
    }

    @Test
    void thePublishedSchemaAcceptsTheCatalogueAndItChecksCleanAgainstTheFramework() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Schemas.text(DocumentKind.CATALOGUE));
        Path file = CATALOGUES.resolve("nhs-hlm-catalogue.json");

        assertThat(schema.validate(JsonMapper.builder().build().readTree(Files.readString(file)))).isEmpty();
        LoadResult<Catalogue> loaded = LOADER.loadCatalogue(file, hlm());
        assertThat(loaded.report().issues()).isEmpty();
        assertThat(loaded.orThrow().items()).hasSizeGreaterThan(10);
        assertThat(loaded.orThrow().currency()).contains("GBP");
    }

    @Test
    void theCatalogueFileIsExactlyWhatTheWriterWrites() throws IOException {
        String text = Files.readString(CATALOGUES.resolve("nhs-hlm-catalogue.json"), StandardCharsets.UTF_8);

        assertThat(DocumentWriter.create().write(catalogue())).isEqualTo(text);
    }

    @Test
    void everyPlanDraftedForAnExamplePersonPassesPlanCheckWithTheCatalogueAndTheRecord() throws IOException {
        Framework framework = hlm();
        CompiledFramework compiled = CompiledFramework.compile(framework);
        Catalogue catalogue = catalogue();
        List<Person> people = LOADER.loadCohort(Path.of("people/nhs-people.json"), framework, START).orThrow();
        List<String> drafted = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (Person person : people) {
            for (Programme programme : framework.programmes()) {
                Draft draft = PlanDrafter.draft(compiled, catalogue, person, programme.id(), START);
                if (draft.plan().isEmpty()) {
                    refusals.add(draft.issues().get(0).code());
                    continue;
                }
                drafted.add(person.id() + " " + programme.id());
                Plan plan = draft.plan().get();
                byte[] written = DocumentWriter.create().write(plan).getBytes(StandardCharsets.UTF_8);
                LoadResult<Plan> checked = LOADER.loadPlan(written, "drafted", PlanContext.of(compiled)
                        .withCatalogue(catalogue).withPerson(person, START));
                assertThat(checked.report().errors()).as("%s for %s", programme.id(), person.id()).isEmpty();
                assertThat(checked.orThrow()).isEqualTo(plan);
            }
        }
        // The example people are at different rungs: some plans are drafted, and refusals say why.
        assertThat(drafted).contains("nhs-p001 nhs.rosalind-franklin", "nhs-p003 nhs.nye-bevan");
        assertThat(refusals).contains(Codes.DRAFT_NOT_NEEDED, Codes.DRAFT_UNREACHABLE, Codes.DRAFT_NO_GOALS,
                Codes.DRAFT_NO_ACTIVITY);
    }

    @Test
    void aPlanNamingAnItemTheCatalogueLacksIsReported() {
        String plan = new String(ShippedExamples.plan("nhs-p002-plan.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"type\": \"stretch-assignment\",", "\"type\": \"stretch-assignment\", \"item\": \"care-ward-round\",");

        LoadResult<Plan> result = LOADER.loadPlan(plan.getBytes(StandardCharsets.UTF_8), "plan",
                PlanContext.of(hlm()).withCatalogue(catalogue()));

        assertThat(result.report().errors()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(Codes.PLAN_ITEM_UNKNOWN);
            assertThat(issue.message()).contains("[care-ward-round]").contains("care-ward-rounds");
            assertThat(issue.line()).isPositive();
        });
        assertThat(result.report().errors()).extracting(Issue::pointer).singleElement().asString()
                .matches("/activities/\\d+/item");
    }
}
