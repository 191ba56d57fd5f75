package org.cadre.json.property;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.cadre.model.Competency;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.testing.Generator;
import org.cadre.testing.RandomSource;

/** Generators of {@link Corruption}s: a valid framework from {@link Frameworks} with one mistake of a given kind. */
final class Corruptions {

    /** The kinds of mistake, each with how to pick one in a framework (if the framework allows it). */
    enum Kind {
        /** A competency that is some other competency's parent is removed. */
        PARENT_REMOVED {
            @Override
            Optional<Corruption.Recipe> pick(RandomSource random, Framework framework) {
                List<Competency> parents = framework.competencies().stream()
                        .filter(c -> !framework.children(c.id()).isEmpty()).toList();
                return parents.isEmpty() ? Optional.empty()
                        : Optional.of(new Corruption.RemoveParent(random.pick(parents).id()));
            }
        },
        /** A competency's parent is set to one of its descendants, or to itself. */
        PARENT_CYCLE {
            @Override
            Optional<Corruption.Recipe> pick(RandomSource random, Framework framework) {
                Competency descendant = random.pick(framework.competencies());
                List<Competency> path = framework.path(descendant.id());
                Competency ancestor = random.chance(0.2) ? descendant : random.pick(path);
                return Optional.of(new Corruption.ParentCycle(ancestor.id(), descendant.id()));
            }
        },
        /** A later competency takes an earlier one's id. */
        DUPLICATE_COMPETENCY_ID {
            @Override
            Optional<Corruption.Recipe> pick(RandomSource random, Framework framework) {
                return duplicate(random, "competencies", Corruption.ids(framework, "competencies"));
            }
        },
        /** A later scale takes an earlier one's id. */
        DUPLICATE_SCALE_ID {
            @Override
            Optional<Corruption.Recipe> pick(RandomSource random, Framework framework) {
                return duplicate(random, "scales", Corruption.ids(framework, "scales"));
            }
        },
        /** A later programme takes an earlier one's id. */
        DUPLICATE_PROGRAMME_ID {
            @Override
            Optional<Corruption.Recipe> pick(RandomSource random, Framework framework) {
                return duplicate(random, "programmes", Corruption.ids(framework, "programmes"));
            }
        },
        /** A later level of a scale takes an earlier level's id. */
        DUPLICATE_LEVEL_ID {
            @Override
            Optional<Corruption.Recipe> pick(RandomSource random, Framework framework) {
                List<ProficiencyScale> scales = framework.scales().stream().filter(s -> s.levels().size() > 1).toList();
                if (scales.isEmpty()) {
                    return Optional.empty();
                }
                ProficiencyScale scale = random.pick(scales);
                int later = random.between(1, scale.levels().size() - 1);
                int first = random.between(0, later - 1);
                return Optional.of(new Corruption.DuplicateLevelId(scale.id(), scale.levels().get(first).id(),
                        scale.levels().get(later).id()));
            }
        },
        /** A programme is made to lead back to one that leads to it, or to itself. */
        LEADS_TO_CYCLE {
            @Override
            Optional<Corruption.Recipe> pick(RandomSource random, Framework framework) {
                if (framework.programmes().isEmpty()) {
                    return Optional.empty();
                }
                List<Corruption.Recipe> backLinks = new ArrayList<>();
                for (Programme to : framework.programmes()) {
                    for (Programme from : framework.programmes()) {
                        Corruption.Recipe recipe = new Corruption.LeadsToCycle(from.id(), to.id());
                        if (!from.id().equals(to.id()) && recipe.appliesTo(framework)) {
                            backLinks.add(recipe);
                        }
                    }
                }
                if (backLinks.isEmpty() || random.chance(0.15)) {
                    String self = random.pick(framework.programmes()).id();
                    return Optional.of(new Corruption.LeadsToCycle(self, self));
                }
                return Optional.of(random.pick(backLinks));
            }
        },
        /** A target profile names a level that is not on the competency's scale. */
        TARGET_LEVEL_UNKNOWN {
            @Override
            Optional<Corruption.Recipe> pick(RandomSource random, Framework framework) {
                List<Programme> targeting = framework.programmes().stream()
                        .filter(p -> !p.targetProfile().isEmpty()).toList();
                if (targeting.isEmpty()) {
                    return Optional.empty();
                }
                Programme programme = random.pick(targeting);
                String competency = random.pick(List.copyOf(programme.targetProfile().keySet()));
                ProficiencyScale scale = framework.effectiveScale(competency).orElseThrow();
                List<String> elsewhere = framework.scales().stream().flatMap(s -> s.levels().stream()).map(Level::id)
                        .filter(id -> scale.level(id).isEmpty()).distinct().toList();
                Set<String> onTheScale = new HashSet<>(scale.levels().stream().map(Level::id).toList());
                String level = !elsewhere.isEmpty() && random.nextBoolean() ? random.pick(elsewhere)
                        : Identifiers.freshId(random, onTheScale);
                return Optional.of(new Corruption.TargetLevel(programme.id(), competency, level));
            }
        };

        /** A mistake of this kind for the framework, if it has the parts the mistake needs. */
        abstract Optional<Corruption.Recipe> pick(RandomSource random, Framework framework);

        private static Optional<Corruption.Recipe> duplicate(RandomSource random, String list, List<String> ids) {
            if (ids.size() < 2) {
                return Optional.empty();
            }
            int later = random.between(1, ids.size() - 1);
            int first = random.between(0, later - 1);
            return Optional.of(new Corruption.DuplicateId(list, ids.get(first), ids.get(later)));
        }
    }

    private Corruptions() {
    }

    /**
     * Frameworks with one mistake of the given kind, written indented, on one line, or with Windows line
     * ends and a byte-order mark.
     * Shrinks the framework while the mistake can still be made in it.
     */
    static Generator<Corruption> of(Kind kind) {
        Generator<Corruption> plain = random -> {
            for (int attempt = 0; attempt < 1_000; attempt++) {
                Framework framework = Frameworks.generate(random);
                Optional<Corruption.Recipe> recipe = kind.pick(random, framework);
                if (recipe.isPresent()) {
                    Documents.Layout layout = random.chance(0.6) ? Documents.Layout.INDENTED
                            : random.pick(List.of(Documents.Layout.ONE_LINE, Documents.Layout.WINDOWS));
                    return new Corruption(framework, recipe.get(), layout);
                }
            }
            throw new IllegalStateException("1,000 frameworks in a row had no place for a mistake of kind " + kind);
        };
        return plain.withShrinker(Corruptions::shrink).describedBy(Corruption::toString);
    }

    private static Stream<Corruption> shrink(Corruption corruption) {
        Stream<Corruption> indented = corruption.layout() != Documents.Layout.INDENTED
                ? Stream.of(new Corruption(corruption.framework(), corruption.recipe(), Documents.Layout.INDENTED))
                : Stream.empty();
        Stream<Corruption> smaller = Frameworks.shrink(corruption.framework())
                .filter(framework -> corruption.recipe().appliesTo(framework))
                .map(framework -> new Corruption(framework, corruption.recipe(), corruption.layout()));
        return Stream.concat(indented, smaller);
    }
}
