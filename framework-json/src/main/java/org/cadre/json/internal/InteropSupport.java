package org.cadre.json.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.cadre.json.Limits;
import org.cadre.report.CadreException;
import org.cadre.report.Issue;
import tools.jackson.databind.JsonNode;

/** Reading the bytes of a file in another format, and placing issues at their line and column. */
public final class InteropSupport {

    private InteropSupport() {
    }

    /** A parsed JSON document, or the issues that kept it from parsing. */
    public record Parsed(String text, JsonNode root, List<Issue> issues) {
    }

    /** Decodes strict UTF-8 within the size limit and parses JSON (duplicate keys are errors). */
    public static Parsed parseJson(byte[] bytes, Limits limits) {
        SourceText.Decoded decoded = SourceText.decode(bytes, limits.maxDocumentBytes());
        if (decoded.text().isEmpty()) {
            return new Parsed("", null, decoded.issue().map(List::of).orElse(List.of()));
        }
        String text = decoded.text().get();
        JsonText.Parsed parsed = new JsonText(limits).parse(text);
        return new Parsed(text, parsed.root().orElse(null), parsed.issues());
    }

    /** Decodes strict UTF-8 within the size limit: the text, or the issue that kept it from being read. */
    public static SourceText.Decoded decode(byte[] bytes, Limits limits) {
        return SourceText.decode(bytes, limits.maxDocumentBytes());
    }

    /** The issues with the line and column of their pointers in the JSON text (those that have none yet). */
    public static List<Issue> placeInJson(String text, List<Issue> issues, Limits limits) {
        List<String> pointers = issues.stream().filter(issue -> !issue.hasPosition()).map(Issue::pointer).toList();
        if (pointers.isEmpty() || text.isEmpty()) {
            return issues;
        }
        Map<String, int[]> positions = new JsonText(limits).positions(text, pointers);
        List<Issue> placed = new ArrayList<>();
        for (Issue issue : issues) {
            int[] position = issue.hasPosition() ? null : positions.get(issue.pointer());
            placed.add(position == null ? issue : issue.at(position[0], position[1]));
        }
        return placed;
    }

    /**
     * An issue of the framework an import made, moved to the place in the source it came from: the pointer
     * mapped, the position dropped, the Cadre field named in the message.
     */
    public static Issue moved(Issue issue, UnaryOperator<String> pointer) {
        String target = pointer.apply(issue.pointer());
        String message = issue.message() + (issue.pointer().isEmpty() ? "" : " (in the imported framework at "
                + issue.pointer() + ")");
        return new Issue(issue.code(), issue.severity(), target, 0, 0, message);
    }

    /** The source pointer for a pointer into the framework: the competency's item or row, or the fallback. */
    public static String competencySource(String pointer, List<String> competencyPointers, String fallback) {
        if (pointer.startsWith("/competencies/")) {
            String rest = pointer.substring("/competencies/".length());
            int slash = rest.indexOf('/');
            String index = slash < 0 ? rest : rest.substring(0, slash);
            try {
                int c = Integer.parseInt(index);
                if (c >= 0 && c < competencyPointers.size()) {
                    return competencyPointers.get(c);
                }
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }

    /**
     * The cycles of parent links among the given nodes, each as the chain of ids from the node where the walk
     * met itself back to that node ({@code [a, b, a]}). Linear in the number of nodes.
     */
    public static List<List<String>> cycles(Collection<String> nodes, Function<String, String> parentOf) {
        Map<String, Integer> walkOf = new HashMap<>();
        List<List<String>> cycles = new ArrayList<>();
        int walk = 0;
        for (String start : nodes) {
            if (walkOf.containsKey(start)) {
                continue;
            }
            walk++;
            List<String> chain = new ArrayList<>();
            String current = start;
            while (current != null && !walkOf.containsKey(current)) {
                walkOf.put(current, walk);
                chain.add(current);
                current = parentOf.apply(current);
            }
            if (current != null && walkOf.get(current) == walk) {
                List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(current), chain.size()));
                cycle.add(current);
                cycles.add(cycle);
            }
        }
        return cycles;
    }

    /** "[a] → [b] → [a]". */
    public static String chain(List<String> ids) {
        return String.join(" → ", ids.stream().map(id -> "[" + id + "]").toList());
    }

    /**
     * The bytes of a file.
     *
     * @throws CadreException if it cannot be read
     */
    public static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CadreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
