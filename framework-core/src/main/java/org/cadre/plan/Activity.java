package org.cadre.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cadre.model.ActivityType;

/**
 * One development activity of a plan.
 *
 * @param id       the activity's id, unique in the plan
 * @param type     the activity type's id, such as {@code coaching} (see {@link ActivityType})
 * @param hours    the hours it takes, in all
 * @param start    when it starts
 * @param end      when it ends (on or after the start)
 * @param provider who provides it, if stated
 * @param goals    the ids of the goals it serves
 * @param item     the id of the activity catalogue's item it is an instance of, if any (see {@link Catalogue})
 */
public record Activity(String id, String type, BigDecimal hours, LocalDate start, LocalDate end,
                       Optional<String> provider, List<String> goals, Optional<String> item) {

    /** An activity that is not taken from a catalogue. */
    public Activity(String id, String type, BigDecimal hours, LocalDate start, LocalDate end,
                    Optional<String> provider, List<String> goals) {
        this(id, type, hours, start, end, provider, goals, Optional.empty());
    }

    /** Validates and copies the components. */
    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(provider, "provider");
        goals = List.copyOf(goals);
        Objects.requireNonNull(item, "item");
    }
}
