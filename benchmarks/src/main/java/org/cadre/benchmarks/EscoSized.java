package org.cadre.benchmarks;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cadre.json.DocumentWriter;
import org.cadre.model.Competency;
import org.cadre.model.CompetencySet;
import org.cadre.model.FactDefinition;
import org.cadre.model.Framework;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.model.Rule;

/**
 * A generated framework the size of ESCO's skills pillar: one root, {@value #GROUPS} skill groups of
 * {@value #SUBGROUPS} subgroups each, and leaf skills under the subgroups, {@value #COMPETENCIES}
 * competencies in all, each with a description and indicators at two levels of an eight-level scale; and
 * {@value #RULES} named rules (counts over a subgroup, levels of single skills, numeric facts, and all/any
 * combinations referring to earlier rules) used by the entry rules of {@value #PROGRAMMES} programmes. The
 * same bytes for every run (seeded).
 */
public final class EscoSized {

    /** Competencies in all, about ESCO's 13,900 skills and knowledge concepts. */
    public static final int COMPETENCIES = 14_000;
    /** Named rules. */
    public static final int RULES = 1_000;
    static final int GROUPS = 40;
    static final int SUBGROUPS = 10;
    static final int PROGRAMMES = 50;

    private static final String[] WORDS = {"assess", "plan", "coordinate", "communicate", "patient", "care",
        "safety", "records", "team", "budget", "quality", "improve", "policy", "service", "risk", "data",
        "train", "supervise", "evaluate", "report", "community", "clinical", "practice", "standards"};

    private EscoSized() {
    }

    /** The framework as a model. */
    public static Framework framework() {
        SplittableRandom random = new SplittableRandom(SyntheticCohort.SEED);
        ProficiencyScale.Builder scale = ProficiencyScale.builder("eqf-8", "Eight levels of proficiency");
        for (int level = 1; level <= 8; level++) {
            scale.level("level-" + level, "Level " + level, level);
        }
        List<Competency> competencies = new ArrayList<>();
        competencies.add(Competency.builder("esco", "Skills").kind("pillar")
                .description("The root of the generated skills pillar.").build());
        List<String> subgroups = new ArrayList<>();
        List<String> skills = new ArrayList<>();
        int leaves = COMPETENCIES - 1 - GROUPS - GROUPS * SUBGROUPS;
        for (int g = 0; g < GROUPS; g++) {
            String group = "esco.g" + g;
            competencies.add(Competency.builder(group, "Skill group " + g).kind("group").parent("esco")
                    .description(sentence(random, 12)).build());
            for (int s = 0; s < SUBGROUPS; s++) {
                String subgroup = group + ".s" + s;
                subgroups.add(subgroup);
                competencies.add(Competency.builder(subgroup, "Skill subgroup " + g + "." + s).kind("subgroup")
                        .parent(group).scale("eqf-8").description(sentence(random, 12)).build());
            }
        }
        for (int k = 0; k < leaves; k++) {
            String parent = subgroups.get(k % subgroups.size());
            String id = parent + ".k" + k;
            skills.add(id);
            competencies.add(Competency.builder(id, "Skill " + k + ": " + sentence(random, 4)).kind("skill")
                    .parent(parent).scale("eqf-8").description(sentence(random, 25))
                    .indicators(Map.of("level-3", List.of(sentence(random, 10)), "level-6",
                            List.of(sentence(random, 10))))
                    .tags(List.of(random.nextBoolean() ? "transversal" : "sector-specific")).build());
        }
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (int r = 0; r < RULES; r++) {
            Rule rule;
            int kind = r < 10 ? r % 3 : random.nextInt(5);
            String level = "level-" + (2 + random.nextInt(6));
            switch (kind) {
                case 0 -> rule = new Rule.Count(new CompetencySet.Subtree(subgroups.get(random.nextInt(subgroups.size()))),
                        Rule.Quantifier.AT_LEAST, 1 + random.nextInt(10), level);
                case 1 -> rule = new Rule.Level(skills.get(random.nextInt(skills.size())), Rule.Comparison.AT_LEAST,
                        level);
                case 2 -> rule = new Rule.NumberFact("monthsInRole", Rule.Comparison.AT_LEAST,
                        BigDecimal.valueOf(6L * random.nextInt(10)));
                case 3 -> rule = new Rule.All(List.of(new Rule.Ref("rule-" + random.nextInt(r)),
                        new Rule.Ref("rule-" + random.nextInt(r))));
                default -> rule = new Rule.Any(List.of(new Rule.Ref("rule-" + random.nextInt(r)),
                        new Rule.Level(skills.get(random.nextInt(skills.size())), Rule.Comparison.AT_LEAST, level)));
            }
            rules.put("rule-" + r, rule);
        }
        List<Programme> programmes = new ArrayList<>();
        for (int p = 0; p < PROGRAMMES; p++) {
            Programme.Builder programme = Programme.builder("programme-" + p, "Programme " + p)
                    .description(sentence(random, 15))
                    .entry(new Rule.All(List.of(new Rule.Ref("rule-" + (RULES - 1 - p)),
                            new Rule.Ref("rule-" + (RULES - 1 - p - PROGRAMMES)))));
            if (p + 1 < PROGRAMMES) {
                programme.leadsTo(List.of("programme-" + (p + 1)));
            }
            programmes.add(programme.build());
        }
        return Framework.builder("esco-sized", "1.0.0", "A generated framework the size of ESCO")
                .description("Generated for the loading benchmark; not ESCO's content.")
                .scale(scale.build())
                .competencies(competencies)
                .programmes(programmes)
                .fact(FactDefinition.number("monthsInRole", "months"))
                .rules(rules)
                .build();
    }

    /** The framework as a canonical JSON document. */
    public static byte[] bytes() {
        return DocumentWriter.create().write(framework()).getBytes(StandardCharsets.UTF_8);
    }

    private static String sentence(SplittableRandom random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }
}
