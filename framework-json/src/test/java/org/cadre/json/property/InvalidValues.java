package org.cadre.json.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cadre.model.Competency;
import org.cadre.model.Extensions;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.model.ProgrammeDuration;
import org.cadre.model.Source;
import org.cadre.model.Translation;
import org.cadre.report.Pointers;
import org.cadre.testing.Generator;
import org.cadre.testing.RandomSource;

/**
 * Java-built frameworks that break exactly one Bean Validation constraint of the model (a malformed id, a
 * blank title, a rank out of range, …), each with the JSON Pointer where the constraint is broken.
 */
final class InvalidValues {

    /**
     * A framework with one bad value.
     *
     * @param framework the framework
     * @param pointer   where the bad value is, in the framework's document form
     * @param what      the change, in words
     */
    record Invalid(Framework framework, String pointer, String what) {
        @Override
        public String toString() {
            return what + " at " + pointer + " of " + Frameworks.describe(framework);
        }
    }

    private static final List<String> BAD_IDS = List.of("bad id!", "", "-leading-dash", ".dot", "a".repeat(129),
            "é", "a/b", "tab\there", "new\nline", "😀");
    private static final List<String> BLANKS = List.of("", " ", "\t", "\n  ");

    private InvalidValues() {
    }

    /** Valid frameworks from {@link Frameworks} with one value made invalid; does not shrink. */
    static Generator<Invalid> any() {
        Generator<Invalid> plain = random -> {
            Framework framework = Frameworks.generate(random);
            List<Function<RandomSource, Invalid>> changes = changes(framework);
            return random.pick(changes).apply(random);
        };
        return plain.describedBy(Invalid::toString);
    }

    private static List<Function<RandomSource, Invalid>> changes(Framework f) {
        List<Function<RandomSource, Invalid>> changes = new ArrayList<>();
        changes.add(r -> {
            String id = r.pick(BAD_IDS);
            return new Invalid(rebuild(f, Framework.builder(id, f.version(), f.title())), "/id",
                    "framework id " + quoted(id));
        });
        changes.add(r -> {
            String version = r.pick(List.of("1.0", "v1.0.0", "1.0.0-", "01.0.0", ""));
            return new Invalid(rebuild(f, Framework.builder(f.id(), version, f.title())), "/version",
                    "version " + quoted(version));
        });
        changes.add(r -> {
            String title = r.chance(0.7) ? r.pick(BLANKS) : "t".repeat(501);
            return new Invalid(rebuild(f, Framework.builder(f.id(), f.version(), title)), "/title",
                    "framework title " + quoted(title));
        });
        changes.add(r -> {
            String language = r.pick(List.of("english", "e", "en_GB", "", "en-"));
            return new Invalid(f.toBuilder().language(language).build(), "/language", "language " + quoted(language));
        });
        changes.add(r -> {
            String license = r.nextBoolean() ? "" : "l".repeat(201);
            return new Invalid(f.toBuilder().license(license).build(), "/license", "licence " + quoted(license));
        });
        changes.add(r -> {
            List<String> authors = new ArrayList<>(f.authors());
            int at = r.between(0, authors.size());
            authors.add(at, r.pick(BLANKS));
            return new Invalid(f.toBuilder().authors(authors).build(), Pointers.of("authors", at), "blank author");
        });
        changes.add(r -> {
            int year = r.pick(List.of(0, 999, 10_000, -2024));
            Source source = new Source(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(year),
                    Extensions.none());
            return new Invalid(f.toBuilder().source(source).build(), "/source/year", "source year " + year);
        });
        changes.add(r -> new Invalid(f.toBuilder().scales(List.of()).build(), "/scales", "no scales"));

        int s = 0;
        for (ProficiencyScale scale : f.scales()) {
            int si = s++;
            changes.add(r -> {
                String id = r.pick(BAD_IDS);
                return new Invalid(withScale(f, si, scale.toBuilder().build(), id, scale.title()),
                        Pointers.of("scales", si, "id"), "scale id " + quoted(id));
            });
            changes.add(r -> {
                String title = r.pick(BLANKS);
                return new Invalid(withScale(f, si, scale, scale.id(), title), Pointers.of("scales", si, "title"),
                        "scale title " + quoted(title));
            });
            changes.add(r -> new Invalid(withScale(f, si, scale.toBuilder().levels(List.of()).build(), scale.id(),
                    scale.title()), Pointers.of("scales", si, "levels"), "scale without levels"));
            for (int l = 0; l < scale.levels().size(); l++) {
                int li = l;
                Level level = scale.levels().get(l);
                changes.add(r -> {
                    String id = r.pick(BAD_IDS);
                    return new Invalid(withLevel(f, si, li, new Level(id, level.label(), level.rank(),
                            level.description(), level.translations(), level.extensions())),
                            Pointers.of("scales", si, "levels", li, "id"), "level id " + quoted(id));
                });
                changes.add(r -> {
                    String label = r.pick(BLANKS);
                    return new Invalid(withLevel(f, si, li, new Level(level.id(), label, level.rank(),
                            level.description(), level.translations(), level.extensions())),
                            Pointers.of("scales", si, "levels", li, "label"), "level label " + quoted(label));
                });
                changes.add(r -> {
                    int rank = r.pick(List.of(-1, 1001, Integer.MIN_VALUE, Integer.MAX_VALUE, 100_000));
                    return new Invalid(withLevel(f, si, li, new Level(level.id(), level.label(), rank,
                            level.description(), level.translations(), level.extensions())),
                            Pointers.of("scales", si, "levels", li, "rank"), "rank " + rank);
                });
            }
        }

        for (int c = 0; c < f.competencies().size(); c++) {
            int ci = c;
            Competency competency = f.competencies().get(c);
            changes.add(r -> {
                String id = r.pick(BAD_IDS);
                Competency changed = rebuild(competency, Competency.builder(id, competency.title()));
                return new Invalid(withCompetency(f, ci, changed),
                        Pointers.of("competencies", ci, "id"), "competency id " + quoted(id));
            });
            changes.add(r -> {
                String title = r.chance(0.7) ? r.pick(BLANKS) : "t".repeat(501);
                Competency changed = rebuild(competency, Competency.builder(competency.id(), title));
                return new Invalid(withCompetency(f, ci, changed),
                        Pointers.of("competencies", ci, "title"), "competency title " + quoted(title));
            });
            changes.add(r -> {
                String kind = r.pick(List.of("Domain", "1st", "", "with space", "k".repeat(65)));
                return new Invalid(withCompetency(f, ci, competency.toBuilder().kind(kind).build()),
                        Pointers.of("competencies", ci, "kind"), "kind " + quoted(kind));
            });
            changes.add(r -> {
                String parent = r.pick(BAD_IDS);
                return new Invalid(withCompetency(f, ci, competency.toBuilder().parent(parent).build()),
                        Pointers.of("competencies", ci, "parent"), "parent " + quoted(parent));
            });
            changes.add(r -> {
                String scale = r.pick(BAD_IDS);
                return new Invalid(withCompetency(f, ci, competency.toBuilder().scale(scale).build()),
                        Pointers.of("competencies", ci, "scale"), "scale " + quoted(scale));
            });
            changes.add(r -> {
                List<String> tags = new ArrayList<>(competency.tags());
                int at = r.between(0, tags.size());
                String tag = r.pick(List.of("Bad Tag", "-x", "", "UPPER", "t".repeat(65)));
                tags.add(at, tag);
                return new Invalid(withCompetency(f, ci, competency.toBuilder().tags(tags).build()),
                        Pointers.of("competencies", ci, "tags", at), "tag " + quoted(tag));
            });
        }

        for (int p = 0; p < f.programmes().size(); p++) {
            int pi = p;
            Programme programme = f.programmes().get(p);
            changes.add(r -> {
                String id = r.pick(BAD_IDS);
                return new Invalid(withProgramme(f, pi, rebuild(programme, Programme.builder(id, programme.title()))),
                        Pointers.of("programmes", pi, "id"), "programme id " + quoted(id));
            });
            changes.add(r -> {
                String title = r.pick(BLANKS);
                return new Invalid(withProgramme(f, pi, rebuild(programme, Programme.builder(programme.id(), title))),
                        Pointers.of("programmes", pi, "title"), "programme title " + quoted(title));
            });
            changes.add(r -> {
                int value = r.pick(List.of(0, -1, 100_001, Integer.MAX_VALUE));
                return new Invalid(withProgramme(f, pi, programme.toBuilder()
                        .duration(new ProgrammeDuration(value, ProgrammeDuration.Unit.WEEKS)).build()),
                        Pointers.of("programmes", pi, "duration", "value"), "duration " + value);
            });
            changes.add(r -> new Invalid(withProgramme(f, pi, programme.toBuilder().audience("a".repeat(2001)).build()),
                    Pointers.of("programmes", pi, "audience"), "audience of 2001 chars"));
            changes.add(r -> {
                List<String> leadsTo = new ArrayList<>(programme.leadsTo());
                int at = r.between(0, leadsTo.size());
                String id = r.pick(BAD_IDS);
                leadsTo.add(at, id);
                return new Invalid(withProgramme(f, pi, programme.toBuilder().leadsTo(leadsTo).build()),
                        Pointers.of("programmes", pi, "leadsTo", at), "leadsTo " + quoted(id));
            });
        }
        return changes;
    }

    /**
     * Valid frameworks from {@link Frameworks} with one value that the JSON Schema refuses but no Bean
     * Validation constraint or semantic check covers (an empty description, a repeated tag, indicators in a
     * scale's translation, an extension that is not JSON, …); does not shrink. The pointer is where the
     * loader reports the written value.
     */
    static Generator<Invalid> schemaOnly() {
        Generator<Invalid> plain = random -> {
            Framework framework = Frameworks.generate(random);
            return random.pick(schemaOnlyChanges(framework)).apply(random);
        };
        return plain.describedBy(Invalid::toString);
    }

    private static List<Function<RandomSource, Invalid>> schemaOnlyChanges(Framework f) {
        List<Function<RandomSource, Invalid>> changes = new ArrayList<>();
        changes.add(r -> new Invalid(f.toBuilder().description("").build(), "/description", "empty description"));
        changes.add(r -> new Invalid(f.toBuilder().translations(Map.of("english!", Translation.of("t", null))).build(),
                "/translations", "translation language \"english!\""));
        changes.add(r -> new Invalid(f.toBuilder().translations(Map.of("fr", Translation.of("", null))).build(),
                "/translations/fr/title", "empty translated title"));
        Translation withIndicators = new Translation(Optional.of("t"), Optional.empty(), Map.of("x", List.of("s")));
        changes.add(r -> new Invalid(f.toBuilder().translations(Map.of("fr", withIndicators)).build(),
                "/translations/fr/indicators", "indicators in the framework's translation"));
        Source emptyPublisher = new Source(Optional.of(""), Optional.empty(), Optional.empty(), Optional.empty(),
                Extensions.none());
        changes.add(r -> new Invalid(f.toBuilder().source(emptyPublisher).build(), "/source/publisher",
                "empty publisher"));
        changes.add(r -> {
            String broken = r.pick(List.of("{", "1 2", "", "'a'", "NaN"));
            return new Invalid(f.toBuilder().extensions(Extensions.of(Map.of("x-broken", broken))).build(),
                    "/x-broken", "an extension that is not JSON: " + broken);
        });
        for (int c = 0; c < f.competencies().size(); c++) {
            int ci = c;
            Competency competency = f.competencies().get(c);
            changes.add(r -> new Invalid(withCompetency(f, ci, competency.toBuilder().description("").build()),
                    Pointers.of("competencies", ci, "description"), "empty description"));
            changes.add(r -> {
                String tag = Identifiers.tagLike(r);
                return new Invalid(withCompetency(f, ci, competency.toBuilder().tags(List.of(tag, tag)).build()),
                        Pointers.of("competencies", ci, "tags"), "tag " + quoted(tag) + " twice");
            });
            Optional<ProficiencyScale> scale = f.effectiveScale(competency.id());
            if (scale.isPresent()) {
                String level = scale.get().levels().get(0).id();
                changes.add(r -> new Invalid(withCompetency(f, ci, competency.toBuilder()
                        .indicators(Map.of(level, r.nextBoolean() ? List.of() : List.of(""))).build()),
                        Pointers.of("competencies", ci, "indicators", level), "no or an empty indicator statement"));
            }
        }
        for (ProficiencyScale scale : f.scales()) {
            int si = f.scales().indexOf(scale);
            changes.add(r -> new Invalid(withScale(f, si, scale.toBuilder().translations(Map.of("fr", withIndicators))
                    .build(), scale.id(), scale.title()), Pointers.of("scales", si, "translations", "fr", "indicators"),
                    "indicators in a scale's translation"));
        }
        for (int p = 0; p < f.programmes().size(); p++) {
            int pi = p;
            Programme programme = f.programmes().get(p);
            changes.add(r -> new Invalid(withProgramme(f, pi, programme.toBuilder().audience("").build()),
                    Pointers.of("programmes", pi, "audience"), "empty audience"));
            if (!programme.leadsTo().isEmpty()) {
                changes.add(r -> {
                    List<String> leadsTo = new ArrayList<>(programme.leadsTo());
                    leadsTo.add(r.pick(programme.leadsTo()));
                    return new Invalid(withProgramme(f, pi, programme.toBuilder().leadsTo(leadsTo).build()),
                            Pointers.of("programmes", pi, "leadsTo"), "a programme it leads to listed twice");
                });
            }
        }
        return changes;
    }

    private static String quoted(String value) {
        return JsonValues.string(value);
    }

    private static Framework rebuild(Framework f, Framework.Builder fresh) {
        return fresh.description(f.description().orElse(null)).language(f.language()).license(f.license().orElse(null))
                .authors(f.authors()).source(f.source().orElse(null)).translations(f.translations()).scales(f.scales())
                .competencies(f.competencies()).programmes(f.programmes()).extensions(f.extensions()).build();
    }

    private static Competency rebuild(Competency c, Competency.Builder fresh) {
        return fresh.description(c.description().orElse(null)).kind(c.kind().orElse(null))
                .parent(c.parent().orElse(null)).scale(c.scale().orElse(null)).indicators(c.indicators())
                .tags(c.tags()).status(c.status()).replacedBy(c.replacedBy().orElse(null))
                .translations(c.translations()).extensions(c.extensions()).build();
    }

    private static Programme rebuild(Programme p, Programme.Builder fresh) {
        return fresh.description(p.description().orElse(null)).audience(p.audience().orElse(null))
                .duration(p.duration().orElse(null)).targetProfile(p.targetProfile()).leadsTo(p.leadsTo())
                .translations(p.translations()).extensions(p.extensions()).build();
    }

    private static Framework withScale(Framework f, int index, ProficiencyScale scale, String id, String title) {
        ProficiencyScale changed = ProficiencyScale.builder(id, title).description(scale.description().orElse(null))
                .levels(scale.levels()).translations(scale.translations()).extensions(scale.extensions()).build();
        List<ProficiencyScale> scales = new ArrayList<>(f.scales());
        scales.set(index, changed);
        return f.toBuilder().scales(scales).build();
    }

    private static Framework withLevel(Framework f, int scaleIndex, int levelIndex, Level level) {
        ProficiencyScale scale = f.scales().get(scaleIndex);
        List<Level> levels = new ArrayList<>(scale.levels());
        levels.set(levelIndex, level);
        return withScale(f, scaleIndex, scale.toBuilder().levels(levels).build(), scale.id(), scale.title());
    }

    private static Framework withCompetency(Framework f, int index, Competency competency) {
        List<Competency> competencies = new ArrayList<>(f.competencies());
        competencies.set(index, competency);
        return f.toBuilder().competencies(competencies).build();
    }

    private static Framework withProgramme(Framework f, int index, Programme programme) {
        List<Programme> programmes = new ArrayList<>(f.programmes());
        programmes.set(index, programme);
        return f.toBuilder().programmes(programmes).build();
    }
}
