package org.cadre.report;

import java.util.Locale;

/** How serious an {@link Issue} is. */
public enum Severity {
    /** The document cannot be used: loading fails. */
    ERROR,
    /** The document is legal but probably not what its author meant. */
    WARNING;

    /** The lower-case name used in reports and JSON output: {@code error} or {@code warning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
