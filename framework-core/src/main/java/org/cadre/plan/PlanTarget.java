package org.cadre.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a plan aims at: a programme (whose entry rule it prepares for), or an explicit target profile of
 * competency → level, or both.
 *
 * @param programme the programme's id, if the plan prepares for one
 * @param profile   competency id → level id to reach; may be empty when a programme is given
 */
public record PlanTarget(Optional<String> programme, Map<String, String> profile) {

    /** Validates and copies the components. */
    public PlanTarget {
        Objects.requireNonNull(programme, "programme");
        profile = Collections.unmodifiableMap(new LinkedHashMap<>(profile));
        if (programme.isEmpty() && profile.isEmpty()) {
            throw new IllegalArgumentException("a plan target names a programme, a profile or both");
        }
    }

    /** A target of one programme. */
    public static PlanTarget programme(String programmeId) {
        return new PlanTarget(Optional.of(programmeId), Map.of());
    }
}
