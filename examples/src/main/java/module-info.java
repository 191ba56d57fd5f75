/**
 * The frameworks Cadre ships as examples (also the default data of {@code cadre demo}) and runnable
 * embedding examples.
 */
module org.cadre.examples {
    requires transitive org.cadre.json;

    exports org.cadre.examples;
}
