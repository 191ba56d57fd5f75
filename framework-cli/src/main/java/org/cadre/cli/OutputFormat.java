package org.cadre.cli;

/** How a command prints its results; accepted in any case on the command line. */
enum OutputFormat {
    /** Lines for people. */
    TEXT,
    /** One JSON document for programs. */
    JSON
}
