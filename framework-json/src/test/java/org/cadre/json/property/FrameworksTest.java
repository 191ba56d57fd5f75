package org.cadre.json.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.cadre.json.DocumentLoader;
import org.cadre.model.Competency;
import org.cadre.model.CompetencySet;
import org.cadre.model.CompetencyStatus;
import org.cadre.model.Extensions;
import org.cadre.model.FactDefinition;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.model.Rule;
import org.cadre.testing.Generator;
import org.cadre.testing.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The framework generator: deterministic, and varied enough that the properties built on it see every
 * feature of the format. (A generator that never makes a retired competency tests nothing about them.)
 */
class FrameworksTest {

    private static final int SAMPLES = 500;
    private static final List<Framework> FRAMEWORKS = Stream.iterate(0L, seed -> seed + 1).limit(SAMPLES)
            .map(seed -> Frameworks.generate(new RandomSource(seed))).toList();

    @Test
    void theSameSeedGivesAnEqualFramework() {
        for (long seed = 0; seed < 50; seed++) {
            assertThat(Frameworks.generate(new RandomSource(seed)))
                    .isEqualTo(Frameworks.generate(new RandomSource(seed)));
        }
    }

    @Test
    void frameworksHaveTheSizesTheFormatAllows() {
        assertThat(FRAMEWORKS).allSatisfy(framework -> {
            assertThat(framework.scales()).hasSizeBetween(1, 3);
            assertThat(framework.scales()).allSatisfy(scale -> assertThat(scale.levels()).hasSizeBetween(1, 7));
            assertThat(framework.competencies()).hasSizeBetween(1, 40);
        });
        assertThat(FRAMEWORKS).extracting(f -> f.scales().size()).contains(1, 2, 3);
        assertThat(FRAMEWORKS).flatExtracting(Framework::scales).extracting(s -> s.levels().size()).contains(1, 7);
        assertThat(FRAMEWORKS).extracting(f -> f.competencies().size()).contains(1, 40);
        assertThat(FRAMEWORKS).extracting(f -> f.programmes().size()).contains(0, 1, 6);
    }

    @Test
    void idsAreUniqueAndReferencesResolve() {
        assertThat(FRAMEWORKS).allSatisfy(framework -> {
            assertThat(framework.scales()).extracting(ProficiencyScale::id).doesNotHaveDuplicates();
            assertThat(framework.competencies()).extracting(Competency::id).doesNotHaveDuplicates();
            assertThat(framework.programmes()).extracting(Programme::id).doesNotHaveDuplicates();
            for (ProficiencyScale scale : framework.scales()) {
                assertThat(scale.levels()).extracting(Level::id).doesNotHaveDuplicates();
                assertThat(scale.levels()).extracting(Level::rank).doesNotHaveDuplicates()
                        .allSatisfy(rank -> assertThat(rank).isBetween(0, 1000));
            }
            for (Competency competency : framework.competencies()) {
                competency.parent().ifPresent(parent -> assertThat(framework.competency(parent)).isPresent());
                Set<String> levels = framework.effectiveScale(competency.id())
                        .map(s -> Set.copyOf(s.levels().stream().map(Level::id).toList())).orElse(Set.of());
                assertThat(levels).containsAll(competency.indicators().keySet());
                competency.translations().values()
                        .forEach(t -> assertThat(levels).containsAll(t.indicators().keySet()));
                assertThat(competency.translations()).doesNotContainKey(framework.language());
                competency.replacedBy().ifPresent(replacement -> {
                    assertThat(competency.status()).isEqualTo(CompetencyStatus.RETIRED);
                    assertThat(framework.competency(replacement).orElseThrow().status())
                            .isEqualTo(CompetencyStatus.ACTIVE);
                });
            }
            List<String> order = framework.programmes().stream().map(Programme::id).toList();
            for (Programme programme : framework.programmes()) {
                programme.leadsTo().forEach(next ->
                        assertThat(order.indexOf(next)).isGreaterThan(order.indexOf(programme.id())));
                programme.targetProfile().forEach((competency, level) ->
                        assertThat(framework.effectiveScale(competency).orElseThrow().level(level)).isPresent());
            }
        });
    }

    @Test
    void everyFeatureOfTheFormatAppearsInAFairShareOfFrameworks() {
        Map<String, Predicate<Framework>> features = new LinkedHashMap<>();
        features.put("a tree at least 4 deep", f -> f.competencies().stream()
                .anyMatch(c -> f.path(c.id()).size() >= 4));
        features.put("a child listed before its parent", FrameworksTest::childBeforeParent);
        features.put("a competency inheriting its scale", f -> f.competencies().stream()
                .anyMatch(c -> c.scale().isEmpty() && f.effectiveScale(c.id()).isPresent()));
        features.put("a competency with no scale at all", f -> f.competencies().stream()
                .anyMatch(c -> f.effectiveScale(c.id()).isEmpty()));
        features.put("a retired competency with a replacement", f -> f.competencies().stream()
                .anyMatch(c -> c.status() == CompetencyStatus.RETIRED && c.replacedBy().isPresent()));
        features.put("a retired competency without a replacement", f -> f.competencies().stream()
                .anyMatch(c -> c.status() == CompetencyStatus.RETIRED && c.replacedBy().isEmpty()));
        features.put("tags", f -> f.competencies().stream().anyMatch(c -> !c.tags().isEmpty()));
        features.put("translated indicators", f -> f.competencies().stream()
                .anyMatch(c -> c.translations().values().stream().anyMatch(t -> !t.indicators().isEmpty())));
        features.put("a level id shared by two scales", FrameworksTest::sharedLevelId);
        features.put("ranks out of order", f -> f.scales().stream()
                .anyMatch(s -> !s.levels().equals(s.levelsByRank())));
        features.put("ranks not consecutive", f -> f.scales().stream().anyMatch(s -> s.levels().size() > 1
                && s.highest().orElseThrow().rank() - s.lowest().orElseThrow().rank() >= s.levels().size()));
        features.put("a leadsTo link", f -> f.programmes().stream().anyMatch(p -> !p.leadsTo().isEmpty()));
        features.put("a programme leading to two others", f -> f.programmes().stream()
                .anyMatch(p -> p.leadsTo().size() >= 2));
        features.put("a target profile", f -> f.programmes().stream().anyMatch(p -> !p.targetProfile().isEmpty()));
        features.put("a duration", f -> f.programmes().stream().anyMatch(p -> p.duration().isPresent()));
        features.put("a language other than en", f -> !f.language().equals("en"));
        features.put("framework translations", f -> !f.translations().isEmpty());
        features.put("a source", f -> f.source().isPresent());
        features.put("extensions on the framework", f -> !f.extensions().isEmpty());
        features.put("extensions on a level", f -> f.scales().stream().flatMap(s -> s.levels().stream())
                .anyMatch(l -> !l.extensions().isEmpty()));
        features.put("an extension holding an object", f -> extensionTexts(f).anyMatch(json -> json.startsWith("{")));
        features.put("an extension holding an array", f -> extensionTexts(f).anyMatch(json -> json.startsWith("[")));
        features.put("an extension with a decimal", f -> extensionTexts(f)
                .anyMatch(json -> json.matches(".*\\d\\.\\d.*")));
        features.put("an extension with an exponent", f -> extensionTexts(f).anyMatch(json -> json.contains("E+")
                || json.contains("E-")));
        features.put("an extension with an escape", f -> extensionTexts(f).anyMatch(json -> json.contains("\\")));
        features.put("a text with a surrogate pair", f -> texts(f)
                .anyMatch(t -> t.codePoints().anyMatch(Character::isSupplementaryCodePoint)));
        features.put("a text with a control character", f -> texts(f)
                .anyMatch(t -> t.chars().anyMatch(ch -> ch < 0x20)));
        features.put("a title close to 500 chars", f -> texts(f).anyMatch(t -> t.length() >= 450));
        features.put("a 128-char id", f -> f.competencies().stream().anyMatch(c -> c.id().length() == 128));
        features.put("a rating policy", f -> f.declaredRatingPolicy().isPresent());
        features.put("a rating policy whose ratings never expire", f -> f.declaredRatingPolicy()
                .filter(p -> p.validityMonths().isEmpty()).isPresent());
        features.put("a plan policy", f -> f.planPolicy().isPresent());
        features.put("a plan policy with a learning mix", f -> f.planPolicy().filter(p -> !p.mix().isEmpty())
                .isPresent());
        features.put("a plan policy with approvals", f -> f.planPolicy().filter(p -> !p.approvals().isEmpty())
                .isPresent());
        features.put("a plan policy with activity types of its own", f -> f.planPolicy()
                .filter(p -> !p.activityTypes().isEmpty()).isPresent());
        features.put("a plan policy with a fractional hour limit", f -> f.planPolicy()
                .flatMap(p -> p.maxHoursPerWeek()).filter(h -> h.scale() > 0).isPresent());
        features.put("a plan policy that lets a goal go without an activity", f -> f.planPolicy()
                .filter(p -> !p.activityPerGoal()).isPresent());
        features.put("a number fact", f -> f.facts().stream().anyMatch(d -> d.type() == FactDefinition.Type.NUMBER));
        features.put("a string fact with values", f -> f.facts().stream()
                .anyMatch(d -> d.type() == FactDefinition.Type.STRING && !d.values().isEmpty()));
        features.put("named rules", f -> !f.rules().isEmpty());
        features.put("an entry rule", f -> f.programmes().stream().anyMatch(p -> p.entry().isPresent()));
        features.put("a completion rule", f -> f.programmes().stream().anyMatch(p -> p.completion().isPresent()));
        features.put("a rule nested 4 deep", f -> Rules.all(f).stream().anyMatch(r -> depth(r) >= 4));

        Map<String, Integer> counts = new LinkedHashMap<>();
        features.forEach((name, feature) -> counts.put(name, (int) FRAMEWORKS.stream().filter(feature).count()));
        assertThat(counts).as("frameworks out of %d with each feature", SAMPLES)
                .allSatisfy((name, count) -> assertThat(count).as(name).isGreaterThanOrEqualTo(SAMPLES / 20));
    }

    @Test
    void everyRuleFormAppearsInAFairShareOfFrameworks() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String form : List.of("level atLeast", "level atMost", "level exactly", "all", "any", "not", "atLeastOf",
                "count", "every", "none", "minimum", "mean", "balance", "completed", "completed withinMonths",
                "enrolled", "fact", "fact moreThan", "fact lessThan", "factIn", "evidence", "evidence kinds sources",
                "rule", "set subtree", "set tag", "set competencies")) {
            counts.put(form, 0);
        }
        for (Framework framework : FRAMEWORKS) {
            Set<String> forms = new HashSet<>();
            Rules.all(framework).forEach(rule -> forms.addAll(forms(rule)));
            forms.forEach(form -> counts.merge(form, 1, Integer::sum));
        }
        assertThat(counts).as("frameworks out of %d with each rule form", SAMPLES)
                .allSatisfy((form, count) -> assertThat(count).as(form).isGreaterThanOrEqualTo(SAMPLES / 20));
    }

    @Test
    void rulesNestAtMostSixDeepAndReferToEarlierNamedRulesOnly() {
        assertThat(FRAMEWORKS).allSatisfy(framework -> {
            Rules.all(framework).forEach(rule -> assertThat(depth(rule)).isBetween(1, Rules.MAX_DEPTH));
            List<String> names = List.copyOf(framework.rules().keySet());
            framework.rules().forEach((name, rule) -> assertThat(Frameworks.references(rule))
                    .allSatisfy(target -> assertThat(names.indexOf(target)).isBetween(0, names.indexOf(name) - 1)));
            Rules.all(framework).forEach(rule -> assertThat(names).containsAll(Frameworks.references(rule)));
        });
    }

    private static int depth(Rule rule) {
        List<Rule> children = children(rule);
        return 1 + children.stream().mapToInt(FrameworksTest::depth).max().orElse(0);
    }

    private static List<Rule> children(Rule rule) {
        return rule.children();
    }

    /** The forms used in a rule and its descendants, named as in {@link #everyRuleFormAppearsInAFairShareOfFrameworks}. */
    private static Set<String> forms(Rule rule) {
        Set<String> forms = new HashSet<>();
        if (rule instanceof Rule.Level level) {
            forms.add("level " + level.comparison().jsonName());
        } else if (rule instanceof Rule.All) {
            forms.add("all");
        } else if (rule instanceof Rule.Any) {
            forms.add("any");
        } else if (rule instanceof Rule.Not) {
            forms.add("not");
        } else if (rule instanceof Rule.AtLeastOf) {
            forms.add("atLeastOf");
        } else if (rule instanceof Rule.Count count) {
            forms.add(switch (count.quantifier()) {
                case AT_LEAST -> "count";
                case ALL -> "every";
                case NONE -> "none";
            });
            forms.add(setForm(count.set()));
        } else if (rule instanceof Rule.LevelOfSet ofSet) {
            forms.add(ofSet.aggregate() == Rule.Aggregate.MINIMUM ? "minimum" : "mean");
            forms.add(setForm(ofSet.set()));
        } else if (rule instanceof Rule.Balance balance) {
            forms.add("balance");
            forms.add(setForm(balance.left()));
            forms.add(setForm(balance.right()));
        } else if (rule instanceof Rule.ProgrammeTaken taken) {
            forms.add(taken.taken() == Rule.Taken.ENROLLED ? "enrolled"
                    : taken.withinMonths().isPresent() ? "completed withinMonths" : "completed");
        } else if (rule instanceof Rule.NumberFact fact) {
            forms.add("fact");
            forms.add("fact " + fact.comparison().jsonName());
        } else if (rule instanceof Rule.StringFact) {
            forms.add("factIn");
        } else if (rule instanceof Rule.EvidenceCount evidence) {
            forms.add(!evidence.kinds().isEmpty() && !evidence.sources().isEmpty() ? "evidence kinds sources"
                    : "evidence");
            forms.add(setForm(evidence.set()));
        } else if (rule instanceof Rule.Ref) {
            forms.add("rule");
        }
        children(rule).forEach(child -> forms.addAll(forms(child)));
        return forms;
    }

    private static String setForm(CompetencySet set) {
        if (set instanceof CompetencySet.Subtree) {
            return "set subtree";
        }
        return set instanceof CompetencySet.Tagged ? "set tag" : "set competencies";
    }

    @Test
    void shrinkingGivesSmallerValidFrameworks() {
        Generator<Framework> frameworks = Frameworks.valid();
        List<Framework> withRules = FRAMEWORKS.stream().filter(Rules::any).limit(20).toList();
        List<Framework> withoutRules = FRAMEWORKS.stream().filter(f -> !Rules.any(f)).limit(20).toList();
        assertThat(withRules).hasSize(20);
        for (Framework framework : Stream.concat(withRules.stream(), withoutRules.stream()).toList()) {
            List<Framework> candidates = frameworks.shrink(framework).toList();
            assertThat(candidates).isNotEmpty().doesNotContain(framework);
            for (Framework candidate : candidates) {
                assertThat(DocumentLoader.create().check(candidate).errors())
                        .as("errors in a shrunk framework").isEmpty();
            }
        }
    }

    private static boolean childBeforeParent(Framework f) {
        List<String> ids = f.competencies().stream().map(Competency::id).toList();
        return f.competencies().stream()
                .anyMatch(c -> c.parent().filter(p -> ids.indexOf(p) > ids.indexOf(c.id())).isPresent());
    }

    private static boolean sharedLevelId(Framework f) {
        Set<String> seen = new HashSet<>();
        for (ProficiencyScale scale : f.scales()) {
            for (Level level : scale.levels()) {
                if (!seen.add(level.id())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Stream<String> extensionTexts(Framework f) {
        List<Extensions> all = new ArrayList<>();
        all.add(f.extensions());
        f.source().ifPresent(s -> all.add(s.extensions()));
        f.scales().forEach(s -> {
            all.add(s.extensions());
            s.levels().forEach(l -> all.add(l.extensions()));
        });
        f.competencies().forEach(c -> all.add(c.extensions()));
        f.programmes().forEach(p -> all.add(p.extensions()));
        return all.stream().flatMap(e -> e.asMap().values().stream());
    }

    private static Stream<String> texts(Framework f) {
        return Stream.of(Stream.of(f.title()), f.description().stream(),
                        f.scales().stream().flatMap(s -> Stream.concat(Stream.of(s.title()),
                                s.levels().stream().map(Level::label))),
                        f.competencies().stream().flatMap(c -> Stream.concat(Stream.of(c.title()),
                                c.indicators().values().stream().flatMap(List::stream))),
                        f.programmes().stream().map(Programme::title))
                .flatMap(s -> s);
    }
}
