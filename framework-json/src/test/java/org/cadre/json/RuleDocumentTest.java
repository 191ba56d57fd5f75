package org.cadre.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadre.json.Reports.only;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.model.CompetencySet;
import org.cadre.model.FactDefinition;
import org.cadre.model.Framework;
import org.cadre.model.Programme;
import org.cadre.model.RaterSource;
import org.cadre.model.RatingPolicy;
import org.cadre.model.Rule;
import org.cadre.report.CadreException;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Report;
import org.junit.jupiter.api.Test;

/** Rules, rating policies and facts in a framework document: every form both ways, and each kind of mistake. */
class RuleDocumentTest {

    private final DocumentLoader loader = DocumentLoader.create();

    /** A valid framework that uses every rule form, a rating policy and both kinds of fact. */
    static final String RULES = """
            {
              "kind": "framework",
              "formatVersion": "1.0",
              "id": "ward",
              "version": "1.0.0",
              "title": "Ward leadership",
              "scales": [
                {"id": "three", "title": "Three levels", "levels": [
                  {"id": "basic", "label": "Basic", "rank": 1},
                  {"id": "good", "label": "Good", "rank": 2},
                  {"id": "expert", "label": "Expert", "rank": 3}]}
              ],
              "competencies": [
                {"id": "people", "title": "Leading people", "kind": "domain"},
                {"id": "people.huddle", "title": "Running the huddle", "parent": "people", "scale": "three",
                 "tags": ["daily"], "indicators": {"good": ["Keeps it short."]}},
                {"id": "people.feedback", "title": "Giving feedback", "parent": "people", "scale": "three",
                 "tags": ["daily"], "indicators": {"good": ["Says thank you."]}}
              ],
              "ratingPolicy": {
                "sources": {"peer": {"minRaters": 3}, "manager": {"minRaters": 1}},
                "aggregation": "mean",
                "validityMonths": 24
              },
              "facts": {
                "practiceHours": {"type": "number", "unit": "hours", "description": "Hours of clinical practice."},
                "band": {"type": "string", "values": ["5", "6", "7", "8a"]}
              },
              "rules": {
                "solid": {"all": [
                  {"level": {"competency": "people.huddle", "atLeast": "good"}},
                  {"level": {"competency": "people.feedback", "atMost": "expert"}},
                  {"level": {"competency": "people.feedback", "exactly": "good"}}
                ]},
                "broad": {"any": [
                  {"count": {"set": {"subtree": "people"}, "atLeast": 1, "level": "good"}},
                  {"every": {"set": {"tag": "daily"}, "level": "basic"}},
                  {"none": {"set": {"competencies": ["people.huddle"]}, "level": "expert"}}
                ]},
                "even": {"atLeastOf": {"n": 2, "rules": [
                  {"minimum": {"set": {"subtree": "people"}, "atLeast": "basic"}},
                  {"mean": {"set": {"tag": "daily"}, "atLeast": "good"}},
                  {"balance": {"left": {"competencies": ["people.huddle"]},
                               "right": {"competencies": ["people.feedback"]}, "within": 1}},
                  {"not": {"rule": "solid"}}
                ]}}
              },
              "programmes": [
                {"id": "shift-lead", "title": "Shift leader course",
                 "entry": {"all": [
                   {"rule": "broad"},
                   {"fact": {"name": "practiceHours", "atLeast": 1500.50}},
                   {"fact": {"name": "practiceHours", "lessThan": 1E+5}},
                   {"factIn": {"name": "band", "values": ["5", "6"]}},
                   {"evidence": {"set": {"subtree": "people"}, "atLeast": 2, "kinds": ["360-feedback", "project"],
                                 "sources": ["manager", "direct-report"], "withinMonths": 12}}
                 ]},
                 "completion": {"any": [
                   {"completed": {"programme": "shift-lead", "withinMonths": 6}},
                   {"enrolled": {"programme": "shift-lead"}},
                   {"evidence": {"set": {"tag": "daily"}, "atLeast": 0}}
                 ]}}
              ]
            }
            """;

    private static String replace(String from, String to) {
        if (!RULES.contains(from)) {
            throw new AssertionError("the test document does not contain: " + from);
        }
        return RULES.replace(from, to);
    }

    private Report reportOf(String json) {
        LoadResult<Framework> result = loader.loadFramework(json, "rules.json");
        assertThat(result.isValid()).as("expected the document to be invalid").isFalse();
        assertThat(result.report().issues()).allSatisfy(issue -> assertThat(issue.line()).isPositive());
        return result.report();
    }

    @Test
    void loadsEveryRuleFormIntoTheModel() {
        LoadResult<Framework> result = loader.loadFramework(RULES, "rules.json");
        assertThat(result.report().issues()).isEmpty();
        Framework framework = result.orThrow();

        CompetencySet people = new CompetencySet.Subtree("people");
        CompetencySet daily = new CompetencySet.Tagged("daily");
        CompetencySet huddle = CompetencySet.of("people.huddle");
        assertThat(framework.rules()).containsExactly(
                Map.entry("solid", new Rule.All(List.of(
                        new Rule.Level("people.huddle", Rule.Comparison.AT_LEAST, "good"),
                        new Rule.Level("people.feedback", Rule.Comparison.AT_MOST, "expert"),
                        new Rule.Level("people.feedback", Rule.Comparison.EXACTLY, "good")))),
                Map.entry("broad", new Rule.Any(List.of(
                        new Rule.Count(people, Rule.Quantifier.AT_LEAST, 1, "good"),
                        new Rule.Count(daily, Rule.Quantifier.ALL, 0, "basic"),
                        new Rule.Count(huddle, Rule.Quantifier.NONE, 0, "expert")))),
                Map.entry("even", new Rule.AtLeastOf(2, List.of(
                        new Rule.LevelOfSet(people, Rule.Aggregate.MINIMUM, "basic"),
                        new Rule.LevelOfSet(daily, Rule.Aggregate.MEAN, "good"),
                        new Rule.Balance(huddle, CompetencySet.of("people.feedback"), 1),
                        new Rule.Not(new Rule.Ref("solid"))))));
        Programme programme = framework.programme("shift-lead").orElseThrow();
        assertThat(programme.entry()).contains(new Rule.All(List.of(
                new Rule.Ref("broad"),
                new Rule.NumberFact("practiceHours", Rule.Comparison.AT_LEAST, new BigDecimal("1500.50")),
                new Rule.NumberFact("practiceHours", Rule.Comparison.LESS_THAN, new BigDecimal("1E+5")),
                new Rule.StringFact("band", List.of("5", "6")),
                new Rule.EvidenceCount(people, 2, List.of("360-feedback", "project"),
                        List.of(RaterSource.MANAGER, RaterSource.DIRECT_REPORT), Optional.of(12)))));
        assertThat(programme.completion()).contains(new Rule.Any(List.of(
                new Rule.ProgrammeTaken("shift-lead", Rule.Taken.COMPLETED, Optional.of(6)),
                new Rule.ProgrammeTaken("shift-lead", Rule.Taken.ENROLLED, Optional.empty()),
                new Rule.EvidenceCount(daily, 0, List.of(), List.of(), Optional.empty()))));
    }

    @Test
    void loadsTheRatingPolicyAndTheFacts() {
        Framework framework = loader.loadFramework(RULES, "rules.json").orThrow();

        assertThat(framework.declaredRatingPolicy()).contains(new RatingPolicy(Map.of(
                RaterSource.MANAGER, new RatingPolicy.SourcePolicy(1), RaterSource.PEER, new RatingPolicy.SourcePolicy(3)),
                RatingPolicy.Aggregation.MEAN, Optional.of(24)));
        assertThat(framework.facts()).containsExactly(
                new FactDefinition("practiceHours", FactDefinition.Type.NUMBER, Optional.of("hours"),
                        Optional.of("Hours of clinical practice."), List.of()),
                FactDefinition.string("band", "5", "6", "7", "8a"));
    }

    @Test
    void writesRulesInTheDocumentedFormAndLoadsThemBackEqual() {
        Framework framework = loader.loadFramework(RULES, "rules.json").orThrow();

        String written = DocumentWriter.create().write(framework);

        assertThat(written).contains("\"level\": {\n            \"competency\": \"people.huddle\",\n"
                        + "            \"atLeast\": \"good\"\n          }")
                .contains("\"atLeast\": 1500.50").contains("\"lessThan\": 1E+5")
                .contains("\"sources\": {\n      \"manager\": {\n        \"minRaters\": 1\n      },\n"
                        + "      \"peer\": {")
                .contains("\"every\": {").contains("\"none\": {").contains("\"enrolled\": {")
                .doesNotContain("\"n\": 0");
        assertThat(written.indexOf("\"ratingPolicy\"")).isGreaterThan(written.indexOf("\"competencies\""));
        assertThat(written.indexOf("\"rules\"")).isBetween(written.indexOf("\"facts\""), written.indexOf("\"programmes\""));
        Framework back = loader.loadFramework(written, "written.json").orThrow();
        assertThat(back).isEqualTo(framework);
        assertThat(DocumentWriter.create().write(back)).isEqualTo(written);
    }

    @Test
    void keepsNumbersInFactRulesExactlyAsWritten() {
        for (String number : List.of("1500.50", "1E+5", "0.000", "-2.5E-7", "123456789012345678901234567890.5")) {
            String json = replace("\"atLeast\": 1500.50", "\"atLeast\": " + number);
            Framework framework = loader.loadFramework(json, "n.json").orThrow();
            Rule.NumberFact fact = (Rule.NumberFact) ((Rule.All) framework.programmes().get(0).entry().orElseThrow())
                    .rules().get(1);

            assertThat(fact.value()).as(number).isEqualTo(new BigDecimal(number));
            assertThat(fact.value().scale()).as("scale of %s", number).isEqualTo(new BigDecimal(number).scale());
            assertThat(DocumentWriter.create().write(framework)).contains("\"atLeast\": " + number);
        }
    }

    @Test
    void anAbsentRatingPolicyStaysUndeclaredAndIsNotWritten() {
        String json = Docs.VALID;
        Framework framework = loader.loadFramework(json, "ward.json").orThrow();

        assertThat(framework.declaredRatingPolicy()).isEmpty();
        assertThat(framework.ratingPolicy()).isEqualTo(RatingPolicy.DEFAULT);
        assertThat(DocumentWriter.create().write(framework)).doesNotContain("ratingPolicy").doesNotContain("\"facts\"")
                .doesNotContain("\"rules\"");
    }

    @Test
    void aRatingPolicyWithOnlyItsSourcesTakesTheMedianAndKeepsRatingsForever() {
        Framework framework = loader.loadFramework(replace("\"manager\": {\"minRaters\": 1}},\n"
                + "    \"aggregation\": \"mean\",\n    \"validityMonths\": 24", "\"manager\": {\"minRaters\": 1}}"),
                "p.json").orThrow();

        RatingPolicy policy = framework.declaredRatingPolicy().orElseThrow();
        assertThat(policy.aggregation()).isEqualTo(RatingPolicy.Aggregation.MEDIAN);
        assertThat(policy.validityMonths()).isEmpty();
        assertThat(DocumentWriter.create().write(framework)).contains("\"aggregation\": \"median\"")
                .doesNotContain("validityMonths\": ");
    }

    @Test
    void reportsALevelRuleWithTwoComparisonsAndSaysWhatItNeeds() {
        Issue issue = only(reportOf(replace("{\"competency\": \"people.huddle\", \"atLeast\": \"good\"}",
                "{\"competency\": \"people.huddle\", \"atLeast\": \"good\", \"atMost\": \"expert\"}")), Codes.SCHEMA_RANGE);

        assertThat(issue.pointer()).isEqualTo("/rules/solid/all/0/level");
        assertThat(issue.message()).contains("named rule [solid]").contains("has 3 fields; it may have at most 2")
                .contains("exactly one of \"atLeast\", \"atMost\" or \"exactly\"");
    }

    @Test
    void reportsARuleWithTwoFormsOrNone() {
        Report twoForms = reportOf(replace("\"entry\": {\"all\": [", "\"entry\": {\"any\": [{\"rule\": \"solid\"}], \"all\": ["));
        assertThat(only(twoForms, Codes.SCHEMA_RANGE).message()).contains("\"entry\" of programme [shift-lead]")
                .contains("has 2 fields; it may have at most 1").contains("exactly one field, which names its form");

        Issue none = only(reportOf(replace("{\"rule\": \"broad\"}", "{}")), Codes.SCHEMA_RANGE);
        assertThat(none.pointer()).isEqualTo("/programmes/0/entry/all/0");
        assertThat(none.message()).contains("has 0 fields; it needs at least 1");
    }

    @Test
    void reportsAnEmptyListOfRules() {
        Issue issue = only(reportOf(replace("{\"rule\": \"broad\"},", "{\"any\": []},")), Codes.SCHEMA_RANGE);

        assertThat(issue.pointer()).isEqualTo("/programmes/0/entry/all/0/any");
        assertThat(issue.message()).contains("has 0 items; it needs at least 1");
    }

    @Test
    void reportsASetThatNamesTwoKindsOfSet() {
        Issue issue = only(reportOf(replace("{\"subtree\": \"people\"}, \"atLeast\": 1",
                "{\"subtree\": \"people\", \"tag\": \"daily\"}, \"atLeast\": 1")), Codes.SCHEMA_RANGE);

        assertThat(issue.pointer()).isEqualTo("/rules/broad/any/0/count/set");
        assertThat(issue.message()).contains("exactly one of \"subtree\"");
    }

    @Test
    void reportsAFactRuleWithTwoComparisons() {
        Issue issue = only(reportOf(replace("\"atLeast\": 1500.50", "\"atLeast\": 1500.50, \"atMost\": 3")),
                Codes.SCHEMA_RANGE);

        assertThat(issue.pointer()).isEqualTo("/programmes/0/entry/all/1/fact");
        assertThat(issue.message()).contains("\"moreThan\"");
    }

    @Test
    void reportsAnUnknownSourceWithASuggestion() {
        Issue policy = only(reportOf(replace("\"peer\": {\"minRaters\": 3}", "\"peers\": {\"minRaters\": 3}")),
                Codes.SCHEMA_UNKNOWN_FIELD);
        assertThat(policy.pointer()).isEqualTo("/ratingPolicy/sources/peers");
        assertThat(policy.message()).contains("the rating policy").contains("Did you mean \"peer\"?");

        Issue evidence = only(reportOf(replace("\"direct-report\"]", "\"boss\"]")), Codes.SCHEMA_ENUM);
        assertThat(evidence.pointer()).isEqualTo("/programmes/0/entry/all/4/evidence/sources/1");
        assertThat(evidence.message()).contains("\"boss\"").contains("\"direct-report\"");
    }

    @Test
    void reportsAUnitOnAStringFactAndValuesOnANumberFact() {
        Issue unit = only(reportOf(replace("\"type\": \"string\", \"values\"", "\"type\": \"string\", \"unit\": \"x\","
                + " \"values\"")), Codes.SCHEMA_UNKNOWN_FIELD);
        assertThat(unit.pointer()).isEqualTo("/facts/band/unit");
        assertThat(unit.message()).contains("fact [band]").contains("is not allowed here")
                .contains("a number (with an optional unit) or a string (with optional allowed values)");

        Issue values = only(reportOf(replace("\"unit\": \"hours\",", "\"unit\": \"hours\", \"values\": [\"1\"],")),
                Codes.SCHEMA_UNKNOWN_FIELD);
        assertThat(values.pointer()).isEqualTo("/facts/practiceHours/values");
    }

    @Test
    void reportsAFactNameThatBreaksThePatternAtTheName() {
        Issue issue = only(reportOf(replace("\"practiceHours\": {\"type\"", "\"practice hours\": {\"type\"")),
                Codes.SCHEMA_PATTERN);

        assertThat(issue.pointer()).isEqualTo("/facts/practice hours");
        assertThat(issue.message()).contains("\"practice hours\"").contains("A fact's name: a letter");
    }

    @Test
    void passesRuleProblemsFromTheCheckerThroughWithTheirPlaceInTheFile() {
        Report report = reportOf(replace("{\"rule\": \"broad\"}", "{\"rule\": \"brod\"}"));

        Issue issue = only(report, Codes.RULE_REF_UNKNOWN);
        assertThat(issue.pointer()).isEqualTo("/programmes/0/entry/all/0/rule");
        assertThat(issue.line()).isEqualTo(RULES.lines().toList().indexOf(RULES.lines()
                .filter(line -> line.contains("{\"rule\": \"broad\"}")).findFirst().orElseThrow()) + 1);
    }

    @Test
    void refusesARuleNestedDeeperThanTheDocumentLimitWithoutOverflowingTheStack() {
        String deep = "{\"not\": ".repeat(5_000) + "{\"rule\": \"solid\"}" + "}".repeat(5_000);

        Issue issue = only(reportOf(replace("{\"rule\": \"broad\"}", deep)), Codes.JSON_TOO_DEEP);

        assertThat(issue.message()).contains("64");
    }

    @Test
    void checkingAJavaBuiltRuleTooDeepForADocumentReportsItAndWritingItFailsCleanly() {
        Rule rule = new Rule.Ref("x");
        for (int i = 0; i < 100_000; i++) {
            rule = new Rule.Not(rule);
        }
        Framework base = loader.loadFramework(RULES, "rules.json").orThrow();
        Map<String, Rule> rules = new java.util.LinkedHashMap<>(base.rules());
        rules.put("deep", rule);
        Framework deep = base.toBuilder().rules(rules).build();

        Report report = loader.check(deep);

        assertThat(report.errors()).extracting(Issue::code, Issue::pointer)
                .contains(org.assertj.core.groups.Tuple.tuple(Codes.RULE_TOO_DEEP, "/rules/deep"));
        assertThatThrownBy(() -> DocumentWriter.create().write(deep)).isInstanceOf(CadreException.class)
                .hasMessageContaining("split it into named rules");
    }

    @Test
    void checkingAJavaBuiltRuleReportsWhatTheDocumentFormCannotHold() {
        Framework base = loader.loadFramework(RULES, "rules.json").orThrow();
        Map<String, Rule> rules = new java.util.LinkedHashMap<>(base.rules());
        rules.put("every-two", new Rule.Count(new CompetencySet.Subtree("people"), Rule.Quantifier.ALL, 2, "good"));
        rules.put("more", new Rule.Level("people.huddle", Rule.Comparison.MORE_THAN, "good"));

        Report report = loader.check(base.toBuilder().rules(rules).build());

        assertThat(report.errors()).extracting(Issue::code, Issue::pointer).contains(
                org.assertj.core.groups.Tuple.tuple(Codes.MODEL_CONSTRAINT, "/rules/every-two/every"),
                org.assertj.core.groups.Tuple.tuple(Codes.SCHEMA_UNKNOWN_FIELD, "/rules/more/level/moreThan"));
    }
}
