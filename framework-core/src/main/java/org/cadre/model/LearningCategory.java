package org.cadre.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The three kinds of learning of the widely used 70:20:10 mix: learning from experience at work, from
 * other people, and from formal courses.
 */
public enum LearningCategory {
    /** Learning by doing: stretch assignments, secondments, reflective practice. */
    EXPERIENCE,
    /** Learning from others: coaching, mentoring, action learning, feedback. */
    SOCIAL,
    /** Formal programmes and courses. */
    FORMAL;

    /** The name used in documents: {@code experience}, {@code social}, {@code formal}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The category with the given document name. */
    public static Optional<LearningCategory> fromJsonName(String name) {
        return Arrays.stream(values()).filter(category -> category.jsonName().equals(name)).findFirst();
    }
}
