package org.cadre.json.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cadre.model.Competency;
import org.cadre.model.Framework;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Pointers;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks the Bean Validation constraints declared on the model with Hibernate Validator. Messages are
 * interpolated without an expression language (nothing in a message is evaluated). Thread-safe.
 */
public final class BeanCheck {

    /** The validators, built on first use (package-private for the tests). */
    static final class Holder {
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();
        /** The same validator, except that it does not go into a framework's competencies. */
        static final Validator BESIDE_COMPETENCIES = FACTORY.usingContext()
                .traversableResolver(new BesideCompetencies())
                .getValidator();
    }

    private BeanCheck() {
    }

    /**
     * Every constraint the framework breaks, as issues whose pointers follow the document form.
     *
     * <p>The same issues as validating the whole framework with Hibernate Validator, found faster: the
     * framework is validated without going into its competencies, and each competency is then validated
     * on its own only if {@link CompetencyConstraints#surelyValid} cannot tell that it keeps every
     * constraint (a framework the size of ESCO has 14,000 competencies, and the validator's own walk over
     * them was about a tenth of the loading time). The pointers of a competency's issues are those the
     * whole-framework validation gives ({@code /competencies/3/title}).
     */
    public static List<Issue> check(Framework framework) {
        Set<Issue> issues = new LinkedHashSet<>();
        for (ConstraintViolation<Framework> violation : Holder.BESIDE_COMPETENCIES.validate(framework)) {
            issues.add(issue("", violation));
        }
        List<Competency> competencies = framework.competencies();
        for (int i = 0; i < competencies.size(); i++) {
            Competency competency = competencies.get(i);
            if (!CompetencyConstraints.surelyValid(competency)) {
                String base = Pointers.of("competencies", i);
                for (ConstraintViolation<Competency> violation : Holder.VALIDATOR.validate(competency)) {
                    issues.add(issue(base, violation));
                }
            }
        }
        List<Issue> sorted = new ArrayList<>(issues);
        sorted.sort((a, b) -> a.pointer().compareTo(b.pointer()));
        return sorted;
    }

    /**
     * Every constraint the framework breaks, found by Hibernate Validator's walk over the whole framework:
     * the reference that {@link #check(Framework)} gives the same issues as (its tests compare them).
     */
    static List<Issue> checkWhole(Framework framework) {
        Set<Issue> issues = new LinkedHashSet<>();
        for (ConstraintViolation<Framework> violation : Holder.VALIDATOR.validate(framework)) {
            issues.add(issue("", violation));
        }
        List<Issue> sorted = new ArrayList<>(issues);
        sorted.sort((a, b) -> a.pointer().compareTo(b.pointer()));
        return sorted;
    }

    private static Issue issue(String base, ConstraintViolation<?> violation) {
        String pointer = base + pointer(violation.getPropertyPath());
        return Issue.error(Codes.MODEL_CONSTRAINT, pointer, "the value at "
                + (pointer.isEmpty() ? "the top of the document" : pointer) + " " + violation.getMessage()
                + " (found: " + shorten(violation.getInvalidValue()) + ")");
    }

    /** Goes everywhere Bean Validation goes by default, except into the competencies of a framework. */
    private static final class BesideCompetencies implements TraversableResolver {

        @Override
        public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                                   Path pathToTraversableObject, ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                                    Path pathToTraversableObject, ElementType elementType) {
            return !(traversableObject instanceof Framework && "competencies".equals(traversableProperty.getName()));
        }
    }

    /** The JSON Pointer for a Bean Validation property path such as {@code scales[0].levels[2].id}. */
    static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object index = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (index != null) {
                    pointer.append('/').append(Pointers.escape(String.valueOf(index)));
                }
            }
            String name = node.getName();
            if (name != null && node.getKind() == ElementKind.PROPERTY) {
                pointer.append('/').append(Pointers.escape(name));
            }
        }
        return pointer.toString();
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 60 ? "[" + text + "]" : "[" + text.substring(0, 60) + "…]";
    }
}
