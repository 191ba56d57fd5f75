package org.cadre.json.interop;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The CASE packages from the OpenSALT project and the CASE 1.0 CFPackage schema, kept outside this repository in
 * {@code shared/testdata/case} beside it (CI and the fresh-clone check put {@code ../shared} there).
 */
final class CaseTestData {

    static final String SCHEMA_FILE = "case-v1p0-cfpackage-schema.json";

    private static Schema schema;

    private CaseTestData() {
    }

    /** The folder, found in the working directory or the nearest folder above it that has one. */
    static Optional<Path> folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/testdata/case");
            if (Files.isRegularFile(candidate.resolve(SCHEMA_FILE))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The folder, or the test is skipped with the reason. */
    static Path requireFolder() {
        Optional<Path> folder = folder();
        Assumptions.assumeTrue(folder.isPresent(), "the CASE test packages are not here: no"
                + " shared/testdata/case/" + SCHEMA_FILE + " in " + Path.of("").toAbsolutePath()
                + " or any folder above it (CI and ../shared/tools/fresh-clone-check put ../shared beside the"
                + " project)");
        return folder.orElseThrow();
    }

    /** Every package of the folder, by file name. */
    static Stream<Path> packages() {
        Path folder = requireFolder();
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .filter(file -> !file.getFileName().toString().equals(SCHEMA_FILE)).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** The problems of a package against the CASE 1.0 CFPackage schema (draft 7, formats asserted). */
    static synchronized List<Error> validate(String packageText) {
        if (schema == null) {
            try {
                SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER)
                        .formatAssertionsEnabled(true).build();
                SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                        builder -> builder.schemaRegistryConfig(config));
                schema = registry.getSchema(Files.readString(requireFolder().resolve(SCHEMA_FILE)), InputFormat.JSON);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema.validate(packageText, InputFormat.JSON);
    }
}
