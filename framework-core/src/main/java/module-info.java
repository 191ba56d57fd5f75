/**
 * Cadre's core: the framework model, problem reports and the checks that need no file format.
 *
 * <p>Depends on nothing but the Bean Validation API (constraint annotations on the model) and SLF4J.
 * The model packages are opened to Hibernate Validator so that a host (or {@code org.cadre.json})
 * can check the constraints reflectively.
 */
@SuppressWarnings("module") // org.hibernate.validator is not a dependency of core, only the module it opens to
module org.cadre.core {
    requires transitive jakarta.validation;
    requires org.slf4j;

    exports org.cadre.model;
    exports org.cadre.person;
    exports org.cadre.report;
    exports org.cadre.check;
    exports org.cadre.evaluation;
    exports org.cadre.plan;

    opens org.cadre.model to org.hibernate.validator;
}
