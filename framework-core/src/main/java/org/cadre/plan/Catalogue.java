package org.cadre.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cadre.model.Extensions;

/**
 * An activity catalogue: the development activities an organisation offers, each with the competencies it
 * develops, the levels it suits, its typical hours and length, its type and its cost. A catalogue is written
 * against one framework (its competency ids are the framework's) and kept apart from it, because it belongs to
 * whoever provides the activities and changes more often than the framework does. Plans name the catalogue
 * item an activity comes from ({@link Activity#item()}); {@link PlanDrafter} chooses items for a plan.
 * Immutable and thread-safe.
 *
 * @param id               the catalogue's id
 * @param title            its name
 * @param framework        the id of the framework whose competencies it names
 * @param frameworkVersion the framework version it was written against, if stated
 * @param currency         the currency of the items' costs (an ISO 4217 code such as {@code GBP}), if stated
 * @param items            the activities on offer, in the catalogue's order
 * @param extensions       {@code x-} fields, kept as written
 */
public record Catalogue(String id, String title, String framework, Optional<String> frameworkVersion,
                        Optional<String> currency, List<CatalogueItem> items, Extensions extensions) {

    /** Validates and copies the components. */
    public Catalogue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(frameworkVersion, "frameworkVersion");
        Objects.requireNonNull(currency, "currency");
        items = List.copyOf(items);
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * A catalogue of one general activity of each standard type, each developing every competency of the
     * framework that is rated on a scale and not retired, at any level, with typical hours and weeks: what
     * {@link PlanDrafter} uses when no catalogue is given. Its id is {@code cadre.standard} and its items'
     * ids {@code standard.<type>}, such as {@code standard.coaching}.
     */
    public static Catalogue standard(org.cadre.model.Framework framework) {
        List<String> develops = framework.competencies().stream()
                .filter(competency -> competency.status() != org.cadre.model.CompetencyStatus.RETIRED)
                .map(org.cadre.model.Competency::id)
                .filter(competency -> framework.effectiveScale(competency).isPresent()).toList();
        List<CatalogueItem> items = new java.util.ArrayList<>();
        Object[][] standard = {
            {"stretch-assignment", "A stretch assignment at work", 60, 12},
            {"action-learning-set", "An action learning set", 15, 12},
            {"coaching", "Coaching sessions", 9, 12},
            {"course", "A short course", 14, 2},
            {"reflective-practice", "Reflective practice with a journal", 12, 12},
            {"mentoring", "Mentoring by a more senior leader", 9, 12},
            {"shadowing", "Shadowing a senior leader", 12, 4},
            {"360-feedback", "360-degree feedback and a debrief", 4, 4},
            {"formal-programme", "A formal leadership programme", 40, 12},
            {"secondment", "A secondment to another service", 150, 12},
        };
        for (Object[] item : standard) {
            items.add(new CatalogueItem("standard." + item[0], (String) item[1], (String) item[0], develops,
                    Optional.empty(), Optional.empty(), java.math.BigDecimal.valueOf((Integer) item[2]),
                    Optional.of((Integer) item[3]), Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return new Catalogue("cadre.standard", "General development activities of the standard types",
                framework.id(), Optional.of(framework.version()), Optional.empty(), items, Extensions.none());
    }

    /** The item with the given id (the first, should two share it). */
    public Optional<CatalogueItem> item(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }
}
