package org.cadre.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Model objects with every field set, for the equality, copy and round-trip tests of the model. */
final class Examples {

    private Examples() {
    }

    static final Source SOURCE = new Source(Optional.of("NHS Leadership Academy"), Optional.of("Healthcare Leadership Model"),
            Optional.of("https://example.org/hlm"), Optional.of(2013), Extensions.of(Map.of("x-edition", "\"1.0\"")));

    static Map<String, Translation> french(String title) {
        return Map.of("fr", Translation.of(title, "Description en français"));
    }

    static Extensions extension(String name, String json) {
        return Extensions.of(Map.of(name, json));
    }

    static ProficiencyScale.Builder scale(String id, String title) {
        return ProficiencyScale.builder(id, title)
                .description("Four levels of leadership behaviour")
                .level(new Level("essential", "Essential", 1, Optional.of("The basics"), french("Essentiel"),
                        Extensions.none()))
                .level("proficient", "Proficient", 2)
                .level("strong", "Strong", 3)
                .level("exemplary", "Exemplary", 4)
                .translations(french("Échelle"))
                .extensions(extension("x-origin", "\"hlm\""));
    }

    static ProficiencyScale scale() {
        return scale("hlm-4", "Health leadership levels").build();
    }

    static Map<String, List<String>> indicators() {
        Map<String, List<String>> indicators = new LinkedHashMap<>();
        indicators.put("proficient", List.of("Holds regular team meetings", "Listens before deciding"));
        indicators.put("strong", List.of("Builds a team that speaks up"));
        return indicators;
    }

    static Competency.Builder competency(String id, String title) {
        return Competency.builder(id, title)
                .description("Creating a team that works together")
                .kind("dimension")
                .parent("hlm")
                .scale("hlm-4")
                .indicators(indicators())
                .tags(List.of("people", "teams"))
                .status(CompetencyStatus.RETIRED)
                .replacedBy("hlm.team-2")
                .translations(Map.of("fr", new Translation(Optional.of("Mobiliser l'équipe"), Optional.empty(),
                        Map.of("strong", List.of("Construit une équipe qui ose parler")))))
                .extensions(extension("x-legacy-code", "\"D3\""));
    }

    static Competency competency() {
        return competency("hlm.engaging-team", "Engaging the team").build();
    }

    static Programme.Builder programme(String id, String title) {
        return Programme.builder(id, title)
                .description("The first rung of the ladder")
                .audience("Team leaders in their first year")
                .duration(new ProgrammeDuration(6, ProgrammeDuration.Unit.MONTHS))
                .targetProfile(Map.of("hlm.engaging-team", "proficient"))
                .leadsTo(List.of("senior", "executive"))
                .translations(french("Fondation"))
                .extensions(extension("x-cohort-size", "12"));
    }

    static Programme programme() {
        return programme("foundation", "Foundation").build();
    }

    static Framework.Builder framework(String id, String version, String title) {
        return Framework.builder(id, version, title)
                .description("Behaviours of good leadership in health")
                .language("en-GB")
                .license("CC-BY-4.0")
                .authors(List.of("Cadre team", "Leadership Academy"))
                .source(SOURCE)
                .translations(french("Modèle de leadership"))
                .scale(scale())
                .competency(Competency.builder("hlm", "Leading in health").kind("domain").scale("hlm-4").build())
                .competency(competency())
                .programme(programme())
                .extensions(extension("x-reviewed", "true"));
    }

    static Framework framework() {
        return framework("hlm", "1.0.0", "Healthcare leadership model").build();
    }
}
