package org.cadre.json.interop;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.cadre.json.internal.CaseWriter;
import org.cadre.json.internal.InteropJson;
import org.cadre.model.Framework;
import org.cadre.report.Report;

/**
 * Writes a framework as a 1EdTech CASE 1.0 CFPackage that validates against the CASE 1.0 CFPackage schema.
 *
 * <p>Identifiers are version 5 (name-based) UUIDs of the framework's id and each competency's id, so every
 * export of the same framework gives the same identifiers; URIs are {@code BASE/CFDocuments/UUID},
 * {@code BASE/CFItems/UUID}, {@code BASE/CFAssociations/UUID} and so on. A framework imported with
 * {@link CaseImport} gets back the identifiers, URIs and other fields it kept under {@code x-case}. Scales
 * become CFRubrics. What CASE has no place for (programmes, rules, policies, translations, indicators by
 * level id, ids of scales and levels…) is written under {@code x-cadre} fields of the CFDocument and
 * CFItems, which CASE allows and other systems ignore, and named in the warnings; {@link CaseImport} reads
 * it back, so that export and import give an equal framework. Immutable and thread-safe.
 */
public final class CaseExport {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private final String base;
    private final OffsetDateTime lastChange;

    private CaseExport(String base, OffsetDateTime lastChange) {
        this.base = base;
        this.lastChange = lastChange;
    }

    /**
     * An exporter whose URIs start with the given base URI (a final slash is dropped) and whose
     * {@code lastChangeDateTime} is the time of the call, to the second, in UTC.
     *
     * @throws IllegalArgumentException if the base URI is not absolute (it needs a scheme, such as https)
     */
    public static CaseExport create(URI baseUri) {
        Objects.requireNonNull(baseUri, "baseUri");
        if (!baseUri.isAbsolute()) {
            throw new IllegalArgumentException("the base URI must be absolute, such as https://example.org/case,"
                    + " got [" + baseUri + "]");
        }
        String text = baseUri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return new CaseExport(text, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }

    /** An exporter like this one that writes the given {@code lastChangeDateTime} (for reproducible output). */
    public CaseExport withLastChange(OffsetDateTime value) {
        Objects.requireNonNull(value, "value");
        return value.equals(lastChange) ? this : new CaseExport(base, value.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The package of a framework, as indented JSON, and warnings about what CASE cannot carry. */
    public ExportResult write(Framework framework) {
        Objects.requireNonNull(framework, "framework");
        CaseWriter.Written written = CaseWriter.write(framework, base, DATE_TIME.format(lastChange));
        return new ExportResult(InteropJson.pretty(written.pkg()), Report.of("", written.warnings()));
    }
}
