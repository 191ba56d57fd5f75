package org.cadre.model;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text has at most {@link #value()} characters, counted as Unicode code points — the way
 * the JSON Schema's {@code maxLength} counts them — so that an emoji counts once, not twice as with
 * {@code @Size}. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = MaxCodePoints.Validator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface MaxCodePoints {

    /** The most code points allowed. */
    int value();

    /** The message, with {@code {value}} replaced by the limit. */
    String message() default "must be at most {value} characters long";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link MaxCodePoints}. */
    final class Validator implements ConstraintValidator<MaxCodePoints, CharSequence> {
        private int max;

        /** Used by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        public void initialize(MaxCodePoints annotation) {
            this.max = annotation.value();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || Character.codePointCount(value, 0, value.length()) <= max;
        }
    }
}
