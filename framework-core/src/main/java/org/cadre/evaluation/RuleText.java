package org.cadre.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cadre.model.Competency;
import org.cadre.model.CompetencySet;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.model.RaterSource;
import org.cadre.model.Rule;

/**
 * Renders rules as text for display, with titles and level labels from the framework, for example
 * {@code all of (Engaging the team at least Strong; completed Mary Seacole programme)}. Unknown ids are
 * shown as they are, in brackets. Stateless and thread-safe.
 */
public final class RuleText {

    private RuleText() {
    }

    /** The rule as one line of text. */
    public static String render(Rule rule, Framework framework) {
        StringBuilder text = new StringBuilder();
        render(rule, framework, text);
        return text.toString();
    }

    private static void render(Rule rule, Framework framework, StringBuilder text) {
        if (rule instanceof Rule.Level level) {
            text.append(competency(level.competency(), framework)).append(' ')
                    .append(Nodes.words(level.comparison())).append(' ')
                    .append(level(framework, level.competency(), level.level()));
        } else if (rule instanceof Rule.All all) {
            list("all of", all.rules(), framework, text);
        } else if (rule instanceof Rule.Any any) {
            list("any of", any.rules(), framework, text);
        } else if (rule instanceof Rule.Not not) {
            text.append("not (");
            render(not.rule(), framework, text);
            text.append(')');
        } else if (rule instanceof Rule.AtLeastOf atLeastOf) {
            list("at least " + atLeastOf.n() + " of", atLeastOf.rules(), framework, text);
        } else if (rule instanceof Rule.Count count) {
            String quantifier = switch (count.quantifier()) {
                case AT_LEAST -> "at least " + count.n() + " of ";
                case ALL -> "all of ";
                case NONE -> "none of ";
            };
            text.append(quantifier).append(set(count.set(), framework)).append(" at or above ")
                    .append(anyLevel(framework, count.set(), count.level()));
        } else if (rule instanceof Rule.LevelOfSet ofSet) {
            text.append(ofSet.aggregate() == Rule.Aggregate.MINIMUM ? "the lowest level of " : "the mean level of ")
                    .append(set(ofSet.set(), framework)).append(" at least ")
                    .append(anyLevel(framework, ofSet.set(), ofSet.level()));
        } else if (rule instanceof Rule.Balance balance) {
            text.append(set(balance.left(), framework)).append(" and ").append(set(balance.right(), framework))
                    .append(" within ").append(balance.within()).append(balance.within() == 1 ? " level" : " levels")
                    .append(" of each other");
        } else if (rule instanceof Rule.ProgrammeTaken taken) {
            text.append(taken.taken() == Rule.Taken.COMPLETED ? "completed " : "enrolled in ")
                    .append(programme(taken.programme(), framework))
                    .append(taken.withinMonths().map(months -> " within " + months + " months").orElse(""));
        } else if (rule instanceof Rule.NumberFact fact) {
            text.append(fact.fact()).append(' ').append(Nodes.words(fact.comparison())).append(' ')
                    .append(fact.value().toPlainString());
        } else if (rule instanceof Rule.StringFact fact) {
            text.append(fact.fact()).append(" is one of ").append(fact.values());
        } else if (rule instanceof Rule.EvidenceCount evidence) {
            text.append("at least ").append(evidence.n()).append(evidence.n() == 1 ? " item" : " items")
                    .append(" of evidence")
                    .append(evidence.kinds().isEmpty() ? "" : " of kind " + evidence.kinds())
                    .append(evidence.sources().isEmpty() ? "" : " from "
                            + evidence.sources().stream().map(RaterSource::jsonName).toList())
                    .append(" for ").append(set(evidence.set(), framework))
                    .append(evidence.withinMonths().map(months -> " in the last " + months + " months").orElse(""));
        } else if (rule instanceof Rule.Ref ref) {
            text.append("rule [").append(ref.name()).append(']');
        }
    }

    private static void list(String head, List<Rule> rules, Framework framework, StringBuilder text) {
        text.append(head).append(" (");
        for (int i = 0; i < rules.size(); i++) {
            if (i > 0) {
                text.append("; ");
            }
            render(rules.get(i), framework, text);
        }
        text.append(')');
    }

    private static String competency(String id, Framework framework) {
        return framework.competency(id).map(Competency::title).orElse("[" + id + "]");
    }

    private static String programme(String id, Framework framework) {
        return framework.programme(id).map(Programme::title).orElse("[" + id + "]");
    }

    private static String level(Framework framework, String competencyId, String levelId) {
        return framework.effectiveScale(competencyId).flatMap(scale -> scale.level(levelId)).map(Level::label)
                .orElse("[" + levelId + "]");
    }

    private static String anyLevel(Framework framework, CompetencySet set, String levelId) {
        return framework.resolve(set).stream().findFirst()
                .flatMap(member -> framework.effectiveScale(member.id()))
                .flatMap((ProficiencyScale scale) -> scale.level(levelId)).map(Level::label)
                .orElse("[" + levelId + "]");
    }

    private static String set(CompetencySet set, Framework framework) {
        if (set instanceof CompetencySet.Subtree subtree) {
            return "the competencies under " + competency(subtree.root(), framework);
        }
        if (set instanceof CompetencySet.Tagged tagged) {
            return "the competencies tagged [" + tagged.tag() + "]";
        }
        List<String> ids = ((CompetencySet.Listed) set).ids();
        if (ids.size() == 1) {
            return competency(ids.get(0), framework);
        }
        return ids.stream().map(id -> competency(id, framework)).collect(Collectors.joining(", ", "{", "}"));
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
