package org.cadre.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a framework comes from.
 *
 * @param publisher  the organisation that published the original framework
 * @param title      the title of the original
 * @param url        where the original can be found
 * @param year       the year of publication
 * @param extensions {@code x-} fields
 */
public record Source(Optional<String> publisher, Optional<String> title, Optional<String> url,
                     Optional<@Min(1000) @Max(9999) Integer> year, Extensions extensions) {

    /** Validates the components. */
    public Source {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(extensions, "extensions");
    }
}
