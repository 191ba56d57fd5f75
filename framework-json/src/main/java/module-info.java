/**
 * Cadre's JSON format: the published JSON Schemas, the loader that turns a document into a model or a
 * report of every problem, and the canonical writer. Only {@code org.cadre.json} is API.
 */
module org.cadre.json {
    requires transitive org.cadre.core;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires com.networknt.schema;
    requires org.apache.commons.csv;
    requires org.hibernate.validator;
    requires org.slf4j;

    exports org.cadre.json;
    exports org.cadre.json.interop;
}
