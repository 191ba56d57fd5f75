/** The {@code cadre} command line. An application: it exports nothing. */
module org.cadre.cli {
    requires org.cadre.json;
    requires org.cadre.examples;
    requires info.picocli;
    requires org.slf4j;

    opens org.cadre.cli to info.picocli;
}
