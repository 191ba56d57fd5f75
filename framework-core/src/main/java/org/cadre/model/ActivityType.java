package org.cadre.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A type of development activity and the category of learning it counts toward. The taxonomy is
 * extensible: {@link #STANDARD} holds the common types, and a framework's plan policy may add its own.
 *
 * @param id       the type's id, as used in plans, such as {@code coaching}
 * @param category the category of learning it counts toward
 */
public record ActivityType(String id, LearningCategory category) {

    /** The common types: formal programme, course, coaching, mentoring, action learning set, stretch
     * assignment, secondment, shadowing, reflective practice and 360 feedback. */
    public static final List<ActivityType> STANDARD = List.of(
            new ActivityType("formal-programme", LearningCategory.FORMAL),
            new ActivityType("course", LearningCategory.FORMAL),
            new ActivityType("coaching", LearningCategory.SOCIAL),
            new ActivityType("mentoring", LearningCategory.SOCIAL),
            new ActivityType("action-learning-set", LearningCategory.SOCIAL),
            new ActivityType("360-feedback", LearningCategory.SOCIAL),
            new ActivityType("stretch-assignment", LearningCategory.EXPERIENCE),
            new ActivityType("secondment", LearningCategory.EXPERIENCE),
            new ActivityType("shadowing", LearningCategory.EXPERIENCE),
            new ActivityType("reflective-practice", LearningCategory.EXPERIENCE));

    /** Validates the components. */
    public ActivityType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
    }

    /** The standard type with the given id. */
    public static Optional<ActivityType> standard(String id) {
        return STANDARD.stream().filter(type -> type.id().equals(id)).findFirst();
    }
}
