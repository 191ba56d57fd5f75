package org.cadre.json.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadre.json.DocumentWriter;
import org.cadre.model.Competency;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Pointers;
import org.cadre.report.Report;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One semantic mistake put into the document of a valid framework, and what the loader must say about it.
 * The mistake is applied to the JSON text (as a Jackson tree edit), so the loader reads it from a file
 * with lines and columns; the framework stays schema-valid, so only the semantic checks can find it.
 *
 * <p>A recipe names the parts it changes by id, so the same mistake can be put into a smaller framework
 * while shrinking, as long as {@link Recipe#appliesTo(Framework)} still holds.
 *
 * @param framework the valid framework
 * @param recipe    the mistake
 * @param layout    how the document is laid out as text
 */
record Corruption(Framework framework, Recipe recipe, Documents.Layout layout) {

    /** The corrupted document. */
    String text() {
        ObjectNode tree = Documents.tree(DocumentWriter.create().write(framework));
        recipe.apply(tree, framework);
        return layout.text(tree);
    }

    @Override
    public String toString() {
        return recipe + " in a document laid out " + layout + " of " + Frameworks.describe(framework);
    }

    /** A kind of mistake. */
    sealed interface Recipe {

        /** Whether the mistake can be made in this framework. */
        boolean appliesTo(Framework framework);

        /** Makes the mistake in the framework's document tree (in the model's order). */
        void apply(ObjectNode document, Framework framework);

        /** Checks that the report of the corrupted document says what it must. */
        void verify(Report report, Framework framework);

        /** A short name of the kind of mistake, to count how often each was tried. */
        String kind();
    }

    /** Removes a competency that others name as their parent: each child reports an unknown parent. */
    record RemoveParent(String parent) implements Recipe {
        @Override
        public boolean appliesTo(Framework framework) {
            return framework.competency(parent).isPresent() && !framework.children(parent).isEmpty();
        }

        @Override
        public void apply(ObjectNode document, Framework framework) {
            ((ArrayNode) document.get("competencies")).remove(index(framework, parent));
        }

        @Override
        public void verify(Report report, Framework framework) {
            int removed = index(framework, parent);
            for (Competency child : framework.children(parent)) {
                int at = index(framework, child.id());
                String pointer = Pointers.of("competencies", at > removed ? at - 1 : at, "parent");
                assertHas(report, Codes.COMPETENCY_PARENT_UNKNOWN, pointer, parent);
            }
        }

        @Override
        public String kind() {
            return "parent removed";
        }
    }

    /**
     * Points a competency's parent at one of its descendants (or itself), closing a cycle; the cycle is
     * reported once, at the {@code parent} of the member listed first.
     */
    record ParentCycle(String ancestor, String descendant) implements Recipe {
        @Override
        public boolean appliesTo(Framework framework) {
            return framework.competency(descendant).isPresent()
                    && framework.path(descendant).stream().anyMatch(c -> c.id().equals(ancestor));
        }

        @Override
        public void apply(ObjectNode document, Framework framework) {
            ((ObjectNode) document.get("competencies").get(index(framework, ancestor))).put("parent", descendant);
        }

        @Override
        public void verify(Report report, Framework framework) {
            List<Competency> path = framework.path(descendant);
            List<String> members = new ArrayList<>();
            boolean inCycle = false;
            for (Competency competency : path) {
                inCycle |= competency.id().equals(ancestor);
                if (inCycle) {
                    members.add(competency.id());
                }
            }
            int first = members.stream().mapToInt(id -> index(framework, id)).min().orElseThrow();
            assertThat(issues(report, Codes.COMPETENCY_CYCLE)).as("cycle issues for the cycle %s", members)
                    .extracting(Issue::pointer).containsExactly(Pointers.of("competencies", first, "parent"));
            assertThat(issues(report, Codes.COMPETENCY_CYCLE).get(0).message()).as("the message names every member")
                    .contains(members.stream().map(id -> "[" + id + "]").toList());
        }

        @Override
        public String kind() {
            return ancestor.equals(descendant) ? "own parent" : "parent cycle";
        }
    }

    /** Gives a later competency, scale or programme the id of an earlier one. */
    record DuplicateId(String list, String first, String later) implements Recipe {
        @Override
        public boolean appliesTo(Framework framework) {
            List<String> ids = ids(framework, list);
            return ids.contains(first) && ids.contains(later) && ids.indexOf(first) < ids.indexOf(later);
        }

        @Override
        public void apply(ObjectNode document, Framework framework) {
            ((ObjectNode) document.get(list).get(ids(framework, list).indexOf(later))).put("id", first);
        }

        @Override
        public void verify(Report report, Framework framework) {
            String code = switch (list) {
                case "competencies" -> Codes.COMPETENCY_DUPLICATE_ID;
                case "scales" -> Codes.SCALE_DUPLICATE_ID;
                default -> Codes.PROGRAMME_DUPLICATE_ID;
            };
            assertThat(issues(report, code)).extracting(Issue::pointer)
                    .containsExactly(Pointers.of(list, ids(framework, list).indexOf(later), "id"));
            assertHas(report, code, Pointers.of(list, ids(framework, list).indexOf(later), "id"), first);
        }

        @Override
        public String kind() {
            return "duplicate " + list + " id";
        }
    }

    /** Gives a later level of a scale the id of an earlier level of the same scale. */
    record DuplicateLevelId(String scale, String first, String later) implements Recipe {
        @Override
        public boolean appliesTo(Framework framework) {
            List<String> levels = framework.scale(scale).map(s -> s.levels().stream().map(Level::id).toList())
                    .orElse(List.of());
            return levels.contains(first) && levels.contains(later) && levels.indexOf(first) < levels.indexOf(later);
        }

        @Override
        public void apply(ObjectNode document, Framework framework) {
            ((ObjectNode) document.get("scales").get(scaleIndex(framework)).get("levels").get(levelIndex(framework)))
                    .put("id", first);
        }

        @Override
        public void verify(Report report, Framework framework) {
            String pointer = Pointers.of("scales", scaleIndex(framework), "levels", levelIndex(framework), "id");
            assertThat(issues(report, Codes.LEVEL_DUPLICATE_ID)).extracting(Issue::pointer).containsExactly(pointer);
            assertHas(report, Codes.LEVEL_DUPLICATE_ID, pointer, first);
        }

        private int scaleIndex(Framework framework) {
            return ids(framework, "scales").indexOf(scale);
        }

        private int levelIndex(Framework framework) {
            return framework.scale(scale).orElseThrow().levels().stream().map(Level::id).toList().indexOf(later);
        }

        @Override
        public String kind() {
            return "duplicate level id";
        }
    }

    /**
     * Adds a {@code leadsTo} link from a programme back to one that leads to it (or to itself), closing a
     * cycle. The cycle is reported at a {@code leadsTo} link that lies on a cycle.
     */
    record LeadsToCycle(String from, String to) implements Recipe {
        @Override
        public boolean appliesTo(Framework framework) {
            return framework.programme(from).isPresent() && framework.programme(to).isPresent()
                    && !framework.programme(from).orElseThrow().leadsTo().contains(to)
                    && reachable(edges(framework), to).contains(from);
        }

        @Override
        public void apply(ObjectNode document, Framework framework) {
            int index = ids(framework, "programmes").indexOf(from);
            ObjectNode programme = (ObjectNode) document.get("programmes").get(index);
            ArrayNode leadsTo = programme.has("leadsTo") ? (ArrayNode) programme.get("leadsTo")
                    : programme.putArray("leadsTo");
            leadsTo.add(to);
        }

        @Override
        public void verify(Report report, Framework framework) {
            Map<String, List<String>> edges = edges(framework);
            edges.get(from).add(to);
            List<String> ids = ids(framework, "programmes");
            List<Issue> cycles = issues(report, Codes.PROGRAMME_CYCLE);
            assertThat(cycles).as("programme cycle issues").isNotEmpty();
            for (Issue issue : cycles) {
                String[] tokens = issue.pointer().split("/");
                assertThat(tokens).as("pointer of %s", issue).hasSize(5);
                assertThat(tokens[1]).isEqualTo("programmes");
                assertThat(tokens[3]).isEqualTo("leadsTo");
                String source = ids.get(Integer.parseInt(tokens[2]));
                String target = edges.get(source).get(Integer.parseInt(tokens[4]));
                assertThat(reachable(edges, target)).as("the link %s → %s of %s is on a cycle", source, target, issue)
                        .contains(source);
                assertThat(issue.message()).as("the message names the link")
                        .contains("[" + source + "]", "[" + target + "]");
            }
        }

        private static Map<String, List<String>> edges(Framework framework) {
            Map<String, List<String>> edges = new HashMap<>();
            framework.programmes().forEach(p -> edges.put(p.id(), new ArrayList<>(p.leadsTo())));
            return edges;
        }

        /** Every programme reachable from {@code start} by one or more links. */
        private static Set<String> reachable(Map<String, List<String>> edges, String start) {
            Set<String> seen = new HashSet<>();
            List<String> stack = new ArrayList<>(edges.getOrDefault(start, List.of()));
            while (!stack.isEmpty()) {
                String next = stack.remove(stack.size() - 1);
                if (seen.add(next)) {
                    stack.addAll(edges.getOrDefault(next, List.of()));
                }
            }
            return seen;
        }

        @Override
        public String kind() {
            return from.equals(to) ? "programme leads to itself" : "leadsTo cycle";
        }
    }

    /** Sets a target profile's level to one that is not on the competency's scale. */
    record TargetLevel(String programme, String competency, String level) implements Recipe {
        @Override
        public boolean appliesTo(Framework framework) {
            return framework.programme(programme).filter(p -> p.targetProfile().containsKey(competency)).isPresent()
                    && framework.effectiveScale(competency).filter(s -> s.level(level).isEmpty()).isPresent();
        }

        @Override
        public void apply(ObjectNode document, Framework framework) {
            ((ObjectNode) document.get("programmes").get(ids(framework, "programmes").indexOf(programme))
                    .get("targetProfile")).put(competency, level);
        }

        @Override
        public void verify(Report report, Framework framework) {
            String pointer = Pointers.of("programmes", ids(framework, "programmes").indexOf(programme), "targetProfile",
                    competency);
            assertThat(issues(report, Codes.TARGET_LEVEL_UNKNOWN)).extracting(Issue::pointer).containsExactly(pointer);
            assertHas(report, Codes.TARGET_LEVEL_UNKNOWN, pointer, level);
        }

        @Override
        public String kind() {
            return "target level not on the scale";
        }
    }

    static int index(Framework framework, String competencyId) {
        return ids(framework, "competencies").indexOf(competencyId);
    }

    static List<String> ids(Framework framework, String list) {
        return switch (list) {
            case "competencies" -> framework.competencies().stream().map(Competency::id).toList();
            case "scales" -> framework.scales().stream().map(ProficiencyScale::id).toList();
            case "programmes" -> framework.programmes().stream().map(Programme::id).toList();
            default -> throw new IllegalArgumentException(list);
        };
    }

    static List<Issue> issues(Report report, String code) {
        return report.issues().stream().filter(issue -> issue.code().equals(code)).toList();
    }

    /** The report has an issue with the code at the pointer, whose message names the value in brackets. */
    static void assertHas(Report report, String code, String pointer, String value) {
        assertThat(report.issues()).as("an issue %s at %s", code, pointer)
                .anySatisfy(issue -> {
                    assertThat(issue.code()).isEqualTo(code);
                    assertThat(issue.pointer()).isEqualTo(pointer);
                    assertThat(issue.message()).as("message of %s", issue).contains("[" + value + "]");
                });
    }
}
