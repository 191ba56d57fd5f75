package org.cadre.json.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    private static final class Holder {
        static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    private BeanCheck() {
    }

    /** Every constraint the framework breaks, as issues whose pointers follow the document form. */
    public static List<Issue> check(Framework framework) {
        Set<ConstraintViolation<Framework>> violations = Holder.VALIDATOR.validate(framework);
        Set<Issue> issues = new LinkedHashSet<>();
        for (ConstraintViolation<Framework> violation : violations) {
            String pointer = pointer(violation.getPropertyPath());
            issues.add(Issue.error(Codes.MODEL_CONSTRAINT, pointer, "the value at "
                    + (pointer.isEmpty() ? "the top of the document" : pointer) + " " + violation.getMessage()
                    + " (found: " + shorten(violation.getInvalidValue()) + ")"));
        }
        List<Issue> sorted = new ArrayList<>(issues);
        sorted.sort((a, b) -> a.pointer().compareTo(b.pointer()));
        return sorted;
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
