package org.cadre.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cadre.model.Competency;
import org.cadre.model.FactDefinition;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.person.Evidence;
import org.cadre.person.Person;
import org.cadre.person.ProgrammeRecord;
import org.cadre.person.ProgrammeState;
import org.cadre.person.Rating;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Pointers;

/**
 * Checks a person's record against a framework at an as-of date: competencies, levels and programmes that
 * must exist, dates that must not lie after the as-of date, and facts that must be declared, of the right
 * type and, for string facts with listed values, one of them. Pointers lead into the record's document form,
 * such as {@code /ratings/3/level} or {@code /facts/band}.
 *
 * <p>Messages are for the person who wrote the record, so they name the value that is wrong. Nothing here
 * is logged: a record is personal data. Stateless and thread-safe.
 */
public final class PersonChecker {

    private PersonChecker() {
    }

    /**
     * Every problem of the person's record against the framework, in document order: ratings, evidence,
     * programmes, then facts. Unknown facts are warnings; everything else is an error.
     *
     * @param framework the framework the record is judged against
     * @param person    the record
     * @param asOf      the last day the record may hold anything: the as-of date of a judgement, or today when
     *                  judging the past (later ratings are then simply not counted)
     * @return the issues, without line or column
     * @throws NullPointerException if an argument is null
     */
    public static List<Issue> check(Framework framework, Person person, LocalDate asOf) {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(asOf, "asOf");
        List<Issue> issues = new ArrayList<>();
        List<String> competencyIds = framework.competencies().stream().map(Competency::id).toList();
        for (int i = 0; i < person.ratings().size(); i++) {
            Rating rating = person.ratings().get(i);
            String base = Pointers.of("ratings", i);
            if (framework.competency(rating.competency()).isEmpty()) {
                issues.add(Issue.error(Codes.PERSON_COMPETENCY_UNKNOWN, Pointers.append(base, "competency"),
                        "the rating names competency [" + rating.competency() + "], which is not a competency of"
                                + " framework [" + framework.id() + "]"
                                + Suggestions.hint(rating.competency(), competencyIds)));
            } else {
                level(framework, rating, Pointers.append(base, "level")).ifPresent(issues::add);
            }
            future(rating.date(), asOf, "the rating", Pointers.append(base, "date")).ifPresent(issues::add);
        }
        for (int i = 0; i < person.evidence().size(); i++) {
            Evidence item = person.evidence().get(i);
            String base = Pointers.of("evidence", i);
            if (framework.competency(item.competency()).isEmpty()) {
                issues.add(Issue.error(Codes.PERSON_COMPETENCY_UNKNOWN, Pointers.append(base, "competency"),
                        "the item of evidence names competency [" + item.competency() + "], which is not a"
                                + " competency of framework [" + framework.id() + "]"
                                + Suggestions.hint(item.competency(), competencyIds)));
            }
            future(item.date(), asOf, "the item of evidence", Pointers.append(base, "date")).ifPresent(issues::add);
        }
        for (int i = 0; i < person.programmes().size(); i++) {
            ProgrammeRecord record = person.programmes().get(i);
            String base = Pointers.of("programmes", i);
            if (framework.programme(record.programme()).isEmpty()) {
                issues.add(Issue.error(Codes.PERSON_PROGRAMME_UNKNOWN, Pointers.append(base, "programme"),
                        "the record names programme [" + record.programme() + "], which is not a programme of"
                                + " framework [" + framework.id() + "]" + Suggestions.hint(record.programme(),
                                framework.programmes().stream().map(Programme::id).toList())));
            }
            if (record.end().isPresent() && record.end().get().isAfter(asOf)) {
                issues.add(Issue.error(Codes.PERSON_DATE_FUTURE, Pointers.append(base, "end"), "programme ["
                        + record.programme() + "] ends on " + record.end().get() + ", after " + asOf + ", the last day the record"
                        + " may hold"
                        + (record.state() == ProgrammeState.ENROLLED
                        ? "; \"end\" is the date a programme was finished, so leave it out while the person is"
                        + " still enrolled"
                        : "; a programme that has not ended yet is \"enrolled\", not \"completed\"")));
            }
        }
        for (Map.Entry<String, BigDecimal> fact : person.numbers().entrySet()) {
            fact(framework, fact.getKey(), FactDefinition.Type.NUMBER, "the number " + fact.getValue().toPlainString(),
                    null, issues);
        }
        for (Map.Entry<String, String> fact : person.strings().entrySet()) {
            fact(framework, fact.getKey(), FactDefinition.Type.STRING, "the text \"" + fact.getValue() + "\"",
                    fact.getValue(), issues);
        }
        return List.copyOf(issues);
    }

    /** An issue when the rating's level is not on the competency's scale (or it has none). */
    private static Optional<Issue> level(Framework framework, Rating rating, String pointer) {
        Optional<ProficiencyScale> scale = framework.effectiveScale(rating.competency());
        if (scale.isEmpty()) {
            return Optional.of(Issue.error(Codes.PERSON_LEVEL_UNKNOWN, pointer, "competency ["
                    + rating.competency() + "] is not rated on any scale (neither it nor any competency above it"
                    + " names one), so it has no level [" + rating.level() + "]; rate the competencies below it"
                    + " instead"));
        }
        if (scale.get().level(rating.level()).isPresent()) {
            return Optional.empty();
        }
        List<String> levels = scale.get().levelsByRank().stream().map(Level::id).toList();
        String hint = Suggestions.hint(rating.level(), levels);
        return Optional.of(Issue.error(Codes.PERSON_LEVEL_UNKNOWN, pointer, "competency [" + rating.competency()
                + "] is rated on scale [" + scale.get().id() + "], which has no level [" + rating.level() + "]"
                + (hint.isEmpty() ? "; its levels are " + levels : hint)));
    }

    private static Optional<Issue> future(LocalDate date, LocalDate asOf, String what, String pointer) {
        if (!date.isAfter(asOf)) {
            return Optional.empty();
        }
        return Optional.of(Issue.error(Codes.PERSON_DATE_FUTURE, pointer, what + " is dated " + date
                + ", after " + asOf + ", the last day the record may hold; nothing in a record can be dated in the"
                + " future"));
    }

    private static void fact(Framework framework, String name, FactDefinition.Type given, String value,
                             String text, List<Issue> issues) {
        String pointer = Pointers.of("facts", name);
        Optional<FactDefinition> definition = framework.fact(name);
        if (definition.isEmpty()) {
            issues.add(Issue.warning(Codes.PERSON_FACT_UNKNOWN, pointer, "fact [" + name + "] is not declared by"
                    + " framework [" + framework.id() + "], so no rule can use it" + Suggestions.hint(name,
                    framework.facts().stream().map(FactDefinition::name).toList())));
            return;
        }
        FactDefinition declared = definition.get();
        if (declared.type() != given) {
            issues.add(Issue.error(Codes.PERSON_FACT_TYPE, pointer, "fact [" + name + "] is a "
                    + declared.type().jsonName() + " in framework [" + framework.id() + "], but the record gives "
                    + value + (declared.type() == FactDefinition.Type.NUMBER
                    ? "; write the number without quotes" : "; write the value in double quotes")));
            return;
        }
        if (text != null && !declared.values().isEmpty() && !declared.values().contains(text)) {
            // The message lists every value; a hint only helps for a longer value or one in the wrong case.
            Optional<String> closest = Suggestions.closest(text, declared.values());
            String hint = closest.isPresent() && (text.length() >= 3 || closest.get().equalsIgnoreCase(text))
                    ? " (did you mean [" + closest.get() + "]?)" : "";
            issues.add(Issue.error(Codes.PERSON_FACT_VALUE, pointer, "fact [" + name + "] is [" + text
                    + "], which is not one of the values framework [" + framework.id() + "] allows for it: "
                    + declared.values() + hint));
        }
    }
}
