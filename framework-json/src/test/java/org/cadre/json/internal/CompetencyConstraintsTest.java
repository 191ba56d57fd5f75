package org.cadre.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.cadre.model.Competency;
import org.cadre.model.Framework;
import org.cadre.model.Ids;
import org.cadre.model.Level;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Relation;
import org.cadre.report.Issue;
import org.cadre.testing.Generator;
import org.cadre.testing.Property;
import org.cadre.testing.RandomSource;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * {@link CompetencyConstraints} may only say "valid" where Hibernate Validator finds nothing, and
 * {@link BeanCheck#check(Framework)}, which relies on it, must give exactly the issues of validating the
 * whole framework.
 */
class CompetencyConstraintsTest {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    /** Pieces that ids and tags may hold, and pieces that patterns and "blank" tend to get wrong. */
    private static final List<String> PIECES = List.of("a", "z", "A", "Z", "0", "9", "m", "Q", "5", ".", "_", ":",
            "-", " ", "\t", "\n", "\r", "\r\n", "\u000b", "\f", "\u0085", "\u2028", "\u2029", "\u00a0", "\u2003",
            "\u3000", "\u001c", "\u001f", "\u0000", "\u0001", "\u200b", "\ufeff", "é", "ß", "İ", "ı", "K", "٣",
            "７", "\uD83D\uDE00", "\uD835\uDC00", "/", "#", "$", "^", "{", "}", "[", "]");

    /** Texts of every kind: hostile, near-valid, and around each pattern's length limit. */
    private static String text(RandomSource random) {
        switch (random.between(0, 3)) {
            case 0 -> {
                StringBuilder text = new StringBuilder();
                int pieces = random.between(0, 8);
                for (int i = 0; i < pieces; i++) {
                    text.append(random.pick(PIECES));
                }
                return text.toString();
            }
            case 1 -> {
                StringBuilder text = new StringBuilder(random.pick(List.of("a", "b7", "x.y", "k-1", "core:lead",
                        "q_9", "Z", "abc", "leading-care", "en", "en-GB", "zh-Hant", "es-419", "de-DE-1996", "abcd-ef")));
                int at = random.between(0, text.length());
                text.insert(at, random.pick(PIECES));
                return text.toString();
            }
            case 2 -> {
                int length = random.pick(List.of(1, 63, 64, 65, 127, 128, 129, 499, 500, 501));
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    text.append(random.chance(0.97) ? random.pick(List.of("a", "b", "0", "-", ".")) : random.pick(PIECES));
                }
                return text.toString();
            }
            default -> {
                return random.pick(List.of("", " ", "\u2003", "\u001c", "\u00a0", "a", "a b", "-a", "a-", "A", "aB",
                        "1", "x\n", "\nx", "x\r", "x\u2028"));
            }
        }
    }

    private static final Generator<String> TEXTS = CompetencyConstraintsTest::text;

    private static void sameAsPattern(String name, Predicate<String> matcher, String regexp) {
        Pattern pattern = Pattern.compile(regexp);
        Property.forAll(name + " matches as " + regexp + " does", TEXTS, 1_000, text -> assertThat(
                matcher.test(text)).as("%s of [%s]", name, text).isEqualTo(pattern.matcher(text).matches()));
    }

    @Test
    void eachHandWrittenMatcherAcceptsExactlyWhatItsPatternMatches() {
        sameAsPattern("isId", IdPatterns::isId, Ids.ID);
        sameAsPattern("isKind", IdPatterns::isKind, Ids.KIND);
        sameAsPattern("isTag", IdPatterns::isTag, Ids.TAG);
        sameAsPattern("isRelationType", IdPatterns::isRelationType, Relation.TYPE);
        sameAsPattern("isFactName", IdPatterns::isFactName, "^[A-Za-z][A-Za-z0-9_.-]{0,63}$");
        sameAsPattern("isLanguage", CompetencySchemaFilter::isLanguage, Ids.LANGUAGE);
    }

    private static String maybe(RandomSource random, double probability) {
        return random.chance(probability) ? text(random) : null;
    }

    private static Competency competency(RandomSource random) {
        boolean clean = random.chance(0.3);
        String id = clean ? "c" + random.between(0, 99) : text(random);
        String title = clean ? "Title" : text(random);
        Competency.Builder builder = Competency.builder(id, title)
                .kind(clean ? null : maybe(random, 0.5))
                .parent(clean ? null : maybe(random, 0.5))
                .scale(clean ? null : maybe(random, 0.5))
                .replacedBy(clean ? null : maybe(random, 0.3));
        int tags = random.between(0, 3);
        List<String> tagList = new ArrayList<>();
        for (int i = 0; i < tags; i++) {
            tagList.add(clean ? "t" + i : text(random));
        }
        builder.tags(tagList);
        int relations = random.between(0, 2);
        for (int i = 0; i < relations; i++) {
            builder.relation(new Relation(clean ? "isRelatedTo" : text(random), clean ? "c1" : text(random)));
        }
        return builder.build();
    }

    @Test
    void whatTheFilterAcceptsTheValidatorAccepts() {
        int[] accepted = {0};
        Property.forAll("an accepted competency breaks no constraint", CompetencyConstraintsTest::competency, 2_000,
                competency -> {
                    if (CompetencyConstraints.surelyValid(competency)) {
                        accepted[0]++;
                        assertThat(VALIDATOR.validate(competency)).as(competency.toString()).isEmpty();
                    }
                });
        assertThat(accepted[0]).as("competencies the filter accepted").isGreaterThan(100);
    }

    @Test
    void theFilterDeclinesEachBrokenConstraint() {
        Competency valid = Competency.builder("c", "Title").kind("skill").parent("p").scale("s").replacedBy("r")
                .tags(List.of("t")).relation(new Relation("isRelatedTo", "d")).build();
        assertThat(CompetencyConstraints.surelyValid(valid)).isTrue();
        List<Competency> broken = List.of(
                Competency.builder("c\n", "Title").build(),
                Competency.builder("c", "\u2003").build(),
                Competency.builder("c", "x".repeat(501)).build(),
                Competency.builder("c", "Title").kind("Skill").build(),
                Competency.builder("c", "Title").parent("p q").build(),
                Competency.builder("c", "Title").scale("-s").build(),
                Competency.builder("c", "Title").replacedBy("r\u2028").build(),
                Competency.builder("c", "Title").tags(List.of("T")).build(),
                Competency.builder("c", "Title").relation(new Relation("IsRelatedTo", "d")).build(),
                Competency.builder("c", "Title").relation(new Relation("isRelatedTo", "d d")).build());
        for (Competency competency : broken) {
            assertThat(VALIDATOR.validate(competency)).as(competency.toString()).isNotEmpty();
            assertThat(CompetencyConstraints.surelyValid(competency)).as(competency.toString()).isFalse();
        }
    }

    /** Every constraint, by property and annotation, that Bean Validation finds on a class. */
    private static TreeSet<String> constraints(Class<?> type) {
        BeanDescriptor bean = VALIDATOR.getConstraintsForClass(type);
        TreeSet<String> found = new TreeSet<>();
        bean.getConstraintDescriptors().forEach(constraint -> found.add("class " + describe(constraint)));
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            property.getConstraintDescriptors().forEach(constraint -> found.add(property.getPropertyName() + " "
                    + describe(constraint)));
            if (property.isCascaded()) {
                found.add(property.getPropertyName() + " @Valid");
            }
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                element.getConstraintDescriptors().forEach(constraint -> found.add(property.getPropertyName()
                        + "[] " + describe(constraint)));
                if (element.isCascaded()) {
                    found.add(property.getPropertyName() + "[] @Valid");
                }
            }
        }
        return found;
    }

    private static String describe(ConstraintDescriptor<?> constraint) {
        Map<String, Object> attributes = constraint.getAttributes();
        String name = "@" + constraint.getAnnotation().annotationType().getSimpleName();
        if (attributes.containsKey("regexp")) {
            return name + "(" + attributes.get("regexp") + ")";
        }
        if (attributes.containsKey("value")) {
            return name + "(" + attributes.get("value") + ")";
        }
        return name;
    }

    @Test
    void theModelDeclaresNoConstraintTheFilterDoesNotKnow() {
        assertThat(constraints(Competency.class)).containsExactlyInAnyOrder(
                "id @NotNull", "id @Pattern(" + Ids.ID + ")",
                "title @NotBlank", "title @MaxCodePoints(" + CompetencyConstraints.TITLE_CODE_POINTS + ")",
                "kind @Pattern(" + Ids.KIND + ")",
                "parent @Pattern(" + Ids.ID + ")",
                "scale @Pattern(" + Ids.ID + ")",
                "replacedBy @Pattern(" + Ids.ID + ")",
                "tags[] @Pattern(" + Ids.TAG + ")",
                "relations[] @Valid");
        assertThat(constraints(Relation.class)).containsExactlyInAnyOrder(
                "type @NotNull", "type @Pattern(" + Relation.TYPE + ")",
                "target @NotNull", "target @Pattern(" + Ids.ID + ")");
    }

    private static Framework framework(RandomSource random) {
        Framework.Builder builder = Framework.builder(random.chance(0.9) ? "f" : text(random), "1.0.0",
                        random.chance(0.9) ? "Framework" : text(random))
                .scale(ProficiencyScale.builder(random.chance(0.9) ? "s" : text(random), "Scale")
                        .level(new Level("a", random.chance(0.9) ? "A" : text(random), 1, java.util.Optional.empty(),
                                Map.of(), org.cadre.model.Extensions.none()))
                        .build());
        int competencies = random.between(0, 6);
        for (int i = 0; i < competencies; i++) {
            builder.competency(competency(random));
        }
        return builder.build();
    }

    @Test
    void checkGivesTheIssuesOfValidatingTheWholeFramework() {
        int[] withCompetencyIssues = {0};
        Property.forAll("BeanCheck.check is the whole-framework validation", CompetencyConstraintsTest::framework,
                600, framework -> {
                    List<Issue> fast = BeanCheck.check(framework);
                    List<Issue> whole = BeanCheck.checkWhole(framework);
                    if (whole.stream().anyMatch(issue -> issue.pointer().startsWith("/competencies/"))) {
                        withCompetencyIssues[0]++;
                    }
                    assertThat(new ArrayList<>(fast)).as(framework.toString())
                            .containsExactlyInAnyOrderElementsOf(whole);
                    assertThat(fast.stream().map(Issue::pointer).toList())
                            .isEqualTo(whole.stream().map(Issue::pointer).toList());
                });
        assertThat(withCompetencyIssues[0]).as("frameworks with a broken competency").isGreaterThan(100);
    }

    /** A framework with one scale of one level and, if given, one competency. */
    private static Framework small(String scaleId, Competency... competencies) {
        Framework.Builder builder = Framework.builder("f", "1.0.0", "F")
                .scale(ProficiencyScale.builder(scaleId, "S").level(new Level("a", "A", 1, java.util.Optional.empty(),
                        Map.of(), org.cadre.model.Extensions.none())).build());
        for (Competency competency : competencies) {
            builder.competency(competency);
        }
        return builder.build();
    }

    @Test
    void theValidatorBesideCompetenciesDoesNotGoIntoThem() {
        Framework framework = small("s", Competency.builder("c", "\u2003").build());
        assertThat(BeanCheck.Holder.VALIDATOR.validate(framework)).hasSize(1);
        assertThat(BeanCheck.Holder.BESIDE_COMPETENCIES.validate(framework)).isEmpty();
        assertThat(BeanCheck.Holder.BESIDE_COMPETENCIES.validate(small("s s"))).hasSize(1);
    }

    @Test
    void aBlankTitleThatTheSchemaLetsThroughIsStillReported() {
        // The schema's "\S" takes an em space for a character; @NotBlank does not: the schema does not cover
        // this constraint, so the check of competencies cannot be left to it.
        String document = """
                {"kind": "framework", "formatVersion": "1.0", "id": "f", "version": "1.0.0", "title": "F",
                 "scales": [{"id": "s", "title": "S", "levels": [{"id": "a", "label": "A", "rank": 1}]}],
                 "competencies": [{"id": "c", "title": "\u2003"}]}
                """;
        List<Issue> issues = org.cadre.json.DocumentLoader.create().loadFramework(document, "blank.json").report()
                .errors();
        assertThat(issues).extracting(Issue::code).containsExactly(org.cadre.report.Codes.MODEL_CONSTRAINT);
        assertThat(issues).extracting(Issue::pointer).containsExactly("/competencies/0/title");
        assertThat(issues.get(0).message().toLowerCase(Locale.ROOT)).contains("must not be blank");
        assertThat(BeanCheck.check(small("s", Competency.builder("c", "\u2003").build()))).isEqualTo(issues.stream()
                .map(issue -> Issue.error(issue.code(), issue.pointer(), issue.message())).toList());
    }
}
