package org.cadre.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import java.util.Optional;

/**
 * A progress checkpoint of a programme: a point, counted in months from a participant's start, at which a
 * rule over their record should hold (a review at the end of the first year, say, or a project delivered by
 * month eighteen).
 *
 * @param id    unique among the programme's checkpoints
 * @param title what is checked, in words
 * @param month how many months after the participant's start the checkpoint falls, 1 to 1200
 * @param rule  what must hold by then
 */
public record Checkpoint(@NotNull @Pattern(regexp = Ids.ID) String id, Optional<@MaxCodePoints(500) String> title,
                         @Min(1) @Max(1200) int month, @NotNull Rule rule) {

    /** Validates the components. */
    public Checkpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rule, "rule");
    }
}
