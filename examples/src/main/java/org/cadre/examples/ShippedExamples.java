package org.cadre.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.cadre.report.CadreException;

/**
 * The example documents shipped in this jar. Each lives in the repository under {@code examples/frameworks/}
 * (where people can read and validate it) and in the jar under {@code org/cadre/examples/frameworks/}.
 */
public final class ShippedExamples {

    /** The file names of the shipped framework documents, in the order the demo shows them. */
    public static final List<String> FRAMEWORKS = List.of("nhs-hlm.json", "nhs-positive-action.json",
            "ontario-commissioning.json", "sa-health-leaders.json", "buurtzorg-teams.json", "balanced-leadership.json",
            "mastery-practice.json", "executive-tenure.json");

    /** The file names of the shipped people (cohort documents), in the order the demo shows them. */
    public static final List<String> PEOPLE = List.of("nhs-people.json", "nhs-ladder-people.json",
            "positive-action-people.json", "commissioning-people.json", "sa-health-people.json",
            "buurtzorg-people.json", "balanced-people.json", "mastery-people.json", "tenure-people.json");

    /** Each people document (a name from {@link #PEOPLE}) with the framework document it is judged against. */
    private static final Map<String, String> FRAMEWORK_OF_PEOPLE = Map.of(
            "nhs-people.json", "nhs-hlm.json",
            "nhs-ladder-people.json", "nhs-hlm.json",
            "positive-action-people.json", "nhs-positive-action.json",
            "commissioning-people.json", "ontario-commissioning.json",
            "sa-health-people.json", "sa-health-leaders.json",
            "buurtzorg-people.json", "buurtzorg-teams.json",
            "balanced-people.json", "balanced-leadership.json",
            "mastery-people.json", "mastery-practice.json",
            "tenure-people.json", "executive-tenure.json");

    /** The file names of the shipped development plans (plan documents), each checked against nhs-hlm.json. */
    public static final List<String> PLANS = List.of("nhs-p002-plan.json");

    /** The activity catalogues, in {@code examples/catalogues}. */
    public static final List<String> CATALOGUES = List.of("nhs-hlm-catalogue.json");

    /** A broken copy of the Healthcare Leadership Model, shipped to show how problems are reported. */
    public static final String BROKEN_FRAMEWORK = "nhs-hlm-broken.json";

    /** A broken copy of the nhs-p002 development plan, shipped to show how a plan's problems are reported. */
    public static final String BROKEN_PLAN = "nhs-p002-plan-broken.json";

    private static final String FRAMEWORK_FOLDER = "/org/cadre/examples/frameworks/";
    private static final String INVALID_FOLDER = "/org/cadre/examples/invalid/";
    private static final String PEOPLE_FOLDER = "/org/cadre/examples/people/";
    private static final String PLANS_FOLDER = "/org/cadre/examples/plans/";
    private static final String CATALOGUES_FOLDER = "/org/cadre/examples/catalogues/";

    private ShippedExamples() {
    }

    /**
     * The bytes of one shipped framework document.
     *
     * @param name a name from {@link #FRAMEWORKS}
     * @throws CadreException if there is no such document in the jar
     */
    public static byte[] framework(String name) {
        return resource(FRAMEWORK_FOLDER, name);
    }

    /**
     * The bytes of one shipped people document (kept under {@code examples/people/}).
     *
     * @param name a name from {@link #PEOPLE}
     * @throws CadreException if there is no such document in the jar
     */
    public static byte[] people(String name) {
        return resource(PEOPLE_FOLDER, name);
    }

    /**
     * The framework document a shipped people document is judged against.
     *
     * @param people a name from {@link #PEOPLE}
     * @return a name from {@link #FRAMEWORKS}
     * @throws CadreException if the name is not a shipped people document
     */
    public static String frameworkFor(String people) {
        String framework = FRAMEWORK_OF_PEOPLE.get(people);
        if (framework == null) {
            throw new CadreException("no shipped people document [" + people + "]");
        }
        return framework;
    }

    /**
     * The bytes of one shipped plan document (kept under {@code examples/plans/}).
     *
     * @param name a name from {@link #PLANS}
     * @throws CadreException if there is no such document in the jar
     */
    public static byte[] plan(String name) {
        return resource(PLANS_FOLDER, name);
    }

    /**
     * The bytes of one shipped invalid document (kept under {@code examples/invalid/}).
     *
     * @param name a file name such as {@link #BROKEN_FRAMEWORK}
     * @throws CadreException if there is no such document in the jar
     */
    public static byte[] invalid(String name) {
        return resource(INVALID_FOLDER, name);
    }

    /**
     * The bytes of a shipped activity catalogue.
     *
     * @param name a name from {@link #CATALOGUES}
     */
    public static byte[] catalogue(String name) {
        return resource(CATALOGUES_FOLDER, name);
    }

    private static byte[] resource(String folder, String name) {
        try (InputStream in = ShippedExamples.class.getResourceAsStream(folder + name)) {
            if (in == null) {
                throw new CadreException("no shipped document [" + folder + name + "]");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
