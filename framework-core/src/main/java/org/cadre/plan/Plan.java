package org.cadre.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cadre.model.Extensions;
import org.cadre.model.PlanStatus;

/**
 * A person's development plan, written against one version of a framework: its target, period, goals,
 * activities, reviews, status and approvals. Personal data: Cadre logs its id and counts only. Immutable;
 * build one with {@link #builder(String, String, String, String)}; check one with
 * {@code org.cadre.plan.PlanChecker}.
 */
public final class Plan {

    private final String id;
    private final String person;
    private final String framework;
    private final String frameworkVersion;
    private final PlanTarget target;
    private final LocalDate start;
    private final LocalDate end;
    private final List<Goal> goals;
    private final List<Activity> activities;
    private final List<Review> reviews;
    private final PlanStatus status;
    private final List<Approval> approvals;
    private final Extensions extensions;

    private Plan(Builder builder) {
        this.id = builder.id;
        this.person = builder.person;
        this.framework = builder.framework;
        this.frameworkVersion = builder.frameworkVersion;
        this.target = Objects.requireNonNull(builder.target, "target");
        this.start = Objects.requireNonNull(builder.start, "start");
        this.end = Objects.requireNonNull(builder.end, "end");
        this.goals = List.copyOf(builder.goals);
        this.activities = List.copyOf(builder.activities);
        this.reviews = List.copyOf(builder.reviews);
        this.status = builder.status;
        this.approvals = List.copyOf(builder.approvals);
        this.extensions = builder.extensions;
    }

    /**
     * A builder for a plan.
     *
     * @param id               the plan's id
     * @param person           the person's id
     * @param framework        the framework's id
     * @param frameworkVersion the framework version the plan is written against
     */
    public static Builder builder(String id, String person, String framework, String frameworkVersion) {
        return new Builder(id, person, framework, frameworkVersion);
    }

    /** The plan's id. */
    public String id() {
        return id;
    }

    /** The person's id. */
    public String person() {
        return person;
    }

    /** The framework's id. */
    public String framework() {
        return framework;
    }

    /** The framework version the plan is written against. */
    public String frameworkVersion() {
        return frameworkVersion;
    }

    /** What the plan aims at. */
    public PlanTarget target() {
        return target;
    }

    /** The first day of the plan. */
    public LocalDate start() {
        return start;
    }

    /** The last day of the plan. */
    public LocalDate end() {
        return end;
    }

    /** The goals, in document order. */
    public List<Goal> goals() {
        return goals;
    }

    /** The activities, in document order. */
    public List<Activity> activities() {
        return activities;
    }

    /** The reviews, in document order. */
    public List<Review> reviews() {
        return reviews;
    }

    /** Where the plan is in its workflow. */
    public PlanStatus status() {
        return status;
    }

    /** The approvals given, in document order. */
    public List<Approval> approvals() {
        return approvals;
    }

    /** {@code x-} fields. */
    public Extensions extensions() {
        return extensions;
    }

    /** A builder holding this plan's values, to make a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder(id, person, framework, frameworkVersion).target(target).period(start, end)
                .status(status).extensions(extensions);
        builder.goals.addAll(goals);
        builder.activities.addAll(activities);
        builder.reviews.addAll(reviews);
        builder.approvals.addAll(approvals);
        return builder;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Plan that && id.equals(that.id) && person.equals(that.person)
                && framework.equals(that.framework) && frameworkVersion.equals(that.frameworkVersion)
                && target.equals(that.target) && start.equals(that.start) && end.equals(that.end)
                && goals.equals(that.goals) && activities.equals(that.activities) && reviews.equals(that.reviews)
                && status == that.status && approvals.equals(that.approvals) && extensions.equals(that.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, person, framework, frameworkVersion, target, start, end, goals, activities, reviews,
                status, approvals, extensions);
    }

    /** Only ids and counts: a plan is personal data. */
    @Override
    public String toString() {
        return "Plan[" + id + " for " + person + ", " + status.jsonName() + ", " + goals.size() + " goals, "
                + activities.size() + " activities]";
    }

    /** Builds a {@link Plan}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String person;
        private final String framework;
        private final String frameworkVersion;
        private PlanTarget target;
        private LocalDate start;
        private LocalDate end;
        private final List<Goal> goals = new ArrayList<>();
        private final List<Activity> activities = new ArrayList<>();
        private final List<Review> reviews = new ArrayList<>();
        private PlanStatus status = PlanStatus.DRAFT;
        private final List<Approval> approvals = new ArrayList<>();
        private Extensions extensions = Extensions.none();

        private Builder(String id, String person, String framework, String frameworkVersion) {
            this.id = Objects.requireNonNull(id, "id");
            this.person = Objects.requireNonNull(person, "person");
            this.framework = Objects.requireNonNull(framework, "framework");
            this.frameworkVersion = Objects.requireNonNull(frameworkVersion, "frameworkVersion");
        }

        /** Sets the target. */
        public Builder target(PlanTarget value) {
            this.target = Objects.requireNonNull(value, "target");
            return this;
        }

        /** Sets the period, first and last day. */
        public Builder period(LocalDate first, LocalDate last) {
            this.start = Objects.requireNonNull(first, "start");
            this.end = Objects.requireNonNull(last, "end");
            return this;
        }

        /** Adds a goal. */
        public Builder goal(Goal goal) {
            goals.add(Objects.requireNonNull(goal, "goal"));
            return this;
        }

        /** Adds an activity. */
        public Builder activity(Activity activity) {
            activities.add(Objects.requireNonNull(activity, "activity"));
            return this;
        }

        /** Adds a review. */
        public Builder review(Review review) {
            reviews.add(Objects.requireNonNull(review, "review"));
            return this;
        }

        /** Sets the status (default {@link PlanStatus#DRAFT}). */
        public Builder status(PlanStatus value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }

        /** Adds an approval. */
        public Builder approval(Approval approval) {
            approvals.add(Objects.requireNonNull(approval, "approval"));
            return this;
        }

        /** Sets the extension fields. */
        public Builder extensions(Extensions values) {
            this.extensions = Objects.requireNonNull(values, "extensions");
            return this;
        }

        /**
         * The plan.
         *
         * @throws NullPointerException if the target or the period was not set
         */
        public Plan build() {
            return new Plan(this);
        }
    }
}
