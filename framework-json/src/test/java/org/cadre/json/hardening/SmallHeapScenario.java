package org.cadre.json.hardening;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.cadre.check.RuleChecker;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.evaluation.Verdict;
import org.cadre.json.DocumentLoader;
import org.cadre.json.Limits;
import org.cadre.json.LoadResult;
import org.cadre.model.Framework;
import org.cadre.model.Rule;
import org.cadre.report.Codes;
import org.cadre.report.InvalidDocumentException;
import org.cadre.report.Issue;
import org.cadre.report.Report;

/**
 * The resource-limit scenarios of {@link SmallHeapTest}, run in a child JVM with a small heap. Every big
 * input is made on the fly by a stream; nothing big is kept in a file. Each scenario prints one line
 * {@code ok <name>: <what happened>} or throws, which makes the JVM exit with a non-zero status. Each runs
 * on a thread with the JVM's default stack size, so recursion deep enough to matter would overflow there.
 */
final class SmallHeapScenario {

    private static final DocumentLoader LOADER = DocumentLoader.create();
    private static final String HEAD = """
            {"kind": "framework", "formatVersion": "1.0", "id": "ward", "version": "1.0.0", "title": "Ward",
             "scales": [{"id": "three", "title": "Three", "levels": [
               {"id": "basic", "label": "Basic", "rank": 1}, {"id": "good", "label": "Good", "rank": 2},
               {"id": "expert", "label": "Expert", "rank": 3}]}],
             "competencies": [{"id": "people", "title": "People", "kind": "domain"},
               {"id": "people.huddle", "title": "Huddle", "parent": "people", "scale": "three"}],
             "programmes": [{"id": "shift-lead", "title": "Shift lead",
               "entry": {"level": {"competency": "people.huddle", "atLeast": "good"}}}]""";

    private SmallHeapScenario() {
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Map<String, Runnable> scenarios = new LinkedHashMap<>();
        scenarios.put("million-element-array", SmallHeapScenario::millionElementArray);
        scenarios.put("million-element-array-allowed", SmallHeapScenario::millionElementArrayAllowed);
        scenarios.put("json-lines-million", () -> jsonLines(lines));
        scenarios.put("rules-100000-deep-json", SmallHeapScenario::deepRuleDocument);
        scenarios.put("rules-100000-deep-model", SmallHeapScenario::deepRuleModel);
        scenarios.put("arrays-100000-deep", SmallHeapScenario::deepArrays);
        scenarios.put("endless-stream", SmallHeapScenario::endlessStream);
        scenarios.put("long-string", SmallHeapScenario::longString);
        scenarios.put("long-number", SmallHeapScenario::longNumber);
        scenarios.put("json-lines-over-long-line", SmallHeapScenario::overLongLine);
        for (Map.Entry<String, Runnable> scenario : scenarios.entrySet()) {
            Throwable[] failure = new Throwable[1];
            long started = System.nanoTime();
            Thread thread = new Thread(() -> {
                try {
                    scenario.getValue().run();
                } catch (Throwable e) {
                    failure[0] = e;
                }
            }, scenario.getKey());
            thread.start();
            thread.join();
            if (failure[0] != null) {
                System.out.println("FAILED " + scenario.getKey() + ": " + failure[0]);
                failure[0].printStackTrace();
                System.exit(1);
            }
            Runtime runtime = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "  took %,d ms; heap committed %,d MB, in use %,d MB%n",
                    (System.nanoTime() - started) / 1_000_000, runtime.totalMemory() / (1024 * 1024),
                    (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
        }
        System.out.printf(Locale.ROOT, "max heap %,d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static void ok(String name, String what) {
        System.out.println("ok " + name + ": " + what);
    }

    private static void check(boolean condition, Supplier<String> message) {
        if (!condition) {
            throw new AssertionError(message.get());
        }
    }

    private static Issue only(Report report, String code) {
        List<Issue> found = report.issues().stream().filter(issue -> issue.code().equals(code)).toList();
        check(found.size() == 1 && report.errors().size() == 1, () -> "expected one " + code + ", got " + report);
        return found.get(0);
    }

    /** The framework head, then {@code "x-data": [0, 0, …]} with {@code count} zeros, then the end. */
    private static InputStream withArray(int count) {
        return Streams.of(HEAD + ", \"x-data\": [0", count - 1, i -> ", 0", "]}");
    }

    private static void millionElementArray() {
        LoadResult<?> result = LOADER.loadFramework(withArray(1_000_000), "array.json");
        Issue issue = only(result.report(), Codes.JSON_ARRAY_TOO_LONG);
        check(issue.pointer().equals("/x-data/100000"), issue::toString);
        ok("million-element-array", issue.toString());
    }

    private static void millionElementArrayAllowed() {
        DocumentLoader loader = DocumentLoader.create(Limits.defaults().withMaxArrayLength(1_000_000));
        LoadResult<Framework> result = loader.loadFramework(withArray(1_000_000), "array.json");
        check(result.isValid(), result.report()::toString);
        String data = result.orThrow().extensions().json("x-data").orElseThrow();
        long zeros = data.chars().filter(c -> c == '0').count();
        check(zeros == 1_000_000, () -> "x-data holds " + zeros + " zeros");
        ok("million-element-array-allowed", "with maxArrayLength 1,000,000 the framework loads and keeps x-data,"
                + " " + String.format(Locale.ROOT, "%,d", data.length()) + " characters");
    }

    /**
     * A JSON Lines cohort of {@code count} people, line 500,000 (or the middle) broken; each person read is
     * judged for entry to the shift-lead programme and dropped, so memory stays flat.
     */
    private static void jsonLines(int count) {
        Framework framework = LOADER.loadFramework(HEAD + "}", "ward.json").orThrow();
        CompiledFramework compiled = CompiledFramework.compile(framework);
        LocalDate asOf = LocalDate.of(2026, 11, 1);
        int broken = count / 2;
        String[] levels = {"basic", "good", "expert"};
        IntFunction<String> line = i -> i + 1 == broken
                ? "{\"id\": \"p" + i + "\", \"ratings\": [{\"competency\": \"people.huddle\", \"level\": \"good\"\n"
                : "{\"id\": \"p" + i + "\", \"ratings\": [{\"competency\": \"people.huddle\", \"level\": \""
                + levels[i % 3] + "\", \"source\": \"manager\", \"date\": \"2026-01-15\"}]}\n";
        Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
        AtomicLong read = new AtomicLong();
        Report report = LOADER.streamCohort(Streams.of("", count, line, ""), "people.jsonl", framework, asOf,
                person -> {
                    read.incrementAndGet();
                    verdicts.merge(compiled.evaluateEntry(person, "shift-lead", asOf, false).verdict(), 1L, Long::sum);
                });
        List<Issue> errors = report.errors();
        check(errors.size() == 1 && errors.get(0).line() == broken && errors.get(0).code().equals(Codes.JSON_SYNTAX),
                () -> "expected one json.syntax at line " + broken + ": " + errors);
        check(read.get() == count - 1, () -> "people read: " + read.get());
        check(!errors.get(0).message().contains("Source:") && !errors.get(0).message().contains("REDACTED"),
                () -> "the message speaks of the parser's internals: " + errors.get(0).message());
        check(report.warnings().stream().anyMatch(issue -> issue.code().equals(Codes.COHORT_SKIPPED)),
                report::toString);
        ok("json-lines-million", String.format(Locale.ROOT, "%,d lines, %,d people judged %s; %s", count, read.get(),
                verdicts, errors.get(0)));
    }

    private static void deepRuleDocument() {
        int depth = 100_000;
        InputStream in = Streams.of(HEAD + ", \"rules\": {\"deep\": ", depth, i -> "{\"not\": ", "")
                .andThen(Streams.of("{\"level\": {\"competency\": \"people.huddle\", \"atLeast\": \"good\"}}", depth,
                        i -> "}", "}}"));
        Issue issue = only(LOADER.loadFramework(in, "deep-rule.json").report(), Codes.JSON_TOO_DEEP);
        ok("rules-100000-deep-json", issue.toString());
    }

    private static void deepRuleModel() {
        Rule built = new Rule.Level("people.huddle", Rule.Comparison.AT_LEAST, "good");
        for (int i = 1; i < 100_000; i++) {
            built = new Rule.Not(built);
        }
        Rule rule = built;
        Framework base = LOADER.loadFramework(HEAD + "}", "ward.json").orThrow();
        Framework framework = base.toBuilder().rules(Map.of("deep", rule)).build();
        check(RuleChecker.depth(rule) == 100_000, () -> "depth " + RuleChecker.depth(rule));
        List<Issue> issues = RuleChecker.check(framework);
        check(issues.size() == 1 && issues.get(0).code().equals(Codes.RULE_TOO_DEEP), issues::toString);
        try {
            CompiledFramework.compile(framework);
            throw new AssertionError("a rule 100,000 deep compiled");
        } catch (InvalidDocumentException expected) {
            check(expected.report().has(Codes.RULE_TOO_DEEP), expected.report()::toString);
        }
        Report report = LOADER.check(framework);
        check(report.has(Codes.RULE_TOO_DEEP), report::toString);
        ok("rules-100000-deep-model", "checker, compiler and DocumentLoader.check: " + issues.get(0) + "; check()"
                + " reports " + report.issues().stream().map(Issue::code).distinct().toList());
    }

    private static void deepArrays() {
        int depth = 100_000;
        InputStream in = Streams.of("", depth, i -> "[", "").andThen(Streams.of("", depth, i -> "]", ""));
        Issue issue = only(LOADER.validate(Streams.readAll(in), "deep.json"), Codes.JSON_TOO_DEEP);
        check(issue.column() == 65, issue::toString);
        ok("arrays-100000-deep", issue.toString());
    }

    /** A stream that never ends: the loader reads the size limit and one byte more, then stops. */
    private static void endlessStream() {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return ' ';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
                served.addAndGet(length);
                return length;
            }
        };
        Issue issue = only(LOADER.loadFramework(endless, "endless.json").report(), Codes.INPUT_TOO_LARGE);
        check(served.get() <= Limits.DEFAULT_MAX_DOCUMENT_BYTES + 1 + 65_536, () -> "bytes read: " + served.get());
        ok("endless-stream", String.format(Locale.ROOT, "read %,d bytes of an endless stream; %s", served.get(),
                issue));
    }

    private static void longString() {
        InputStream in = Streams.of(HEAD + ", \"x-note\": \"", 10_000_000, i -> "a", "\"}");
        Issue issue = only(LOADER.loadFramework(in, "string.json").report(), Codes.JSON_STRING_TOO_LONG);
        ok("long-string", issue.toString());
    }

    private static void longNumber() {
        InputStream in = Streams.of(HEAD + ", \"x-n\": 1", 1_000_000, i -> "7", "}");
        Issue issue = only(LOADER.loadFramework(in, "number.json").report(), Codes.JSON_NUMBER_TOO_LONG);
        ok("long-number", issue.toString());
    }

    /** A JSON Lines stream whose second line is 20 MiB: that line is reported, the lines around it read. */
    private static void overLongLine() {
        String person = "{\"id\": \"p%d\"}\n";
        InputStream in = Streams.of(String.format(person, 1) + "{\"id\": \"p2\", \"x-pad\": \"", 20 * 1024 * 1024,
                i -> "b", "\"}\n" + String.format(person, 3));
        List<String> ids = new ArrayList<>();
        Report report = LOADER.streamCohort(in, "long.jsonl", p -> ids.add(p.id()));
        Issue issue = only(report, Codes.INPUT_TOO_LARGE);
        check(issue.line() == 2 && ids.equals(List.of("p1", "p3")), () -> issue + " " + ids);
        ok("json-lines-over-long-line", issue + "; read " + ids);
    }

    /** Streams made on the fly from a head, {@code count} generated pieces and a tail. */
    static final class Streams extends InputStream {
        private final byte[] head;
        private final int count;
        private final IntFunction<String> piece;
        private final byte[] tail;
        private InputStream after;
        private byte[] current;
        private int position;
        private int next = -1;

        private Streams(String head, int count, IntFunction<String> piece, String tail) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.count = count;
            this.piece = piece;
            this.tail = tail.getBytes(StandardCharsets.UTF_8);
            this.current = this.head;
        }

        static Streams of(String head, int count, IntFunction<String> piece, String tail) {
            return new Streams(head, count, piece, tail);
        }

        /** This stream, then another. */
        Streams andThen(InputStream other) {
            Streams last = this;
            while (last.after instanceof Streams more) {
                last = more;
            }
            last.after = other;
            return this;
        }

        static byte[] readAll(InputStream in) {
            try {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private boolean advance() {
            while (current != null && position == current.length) {
                position = 0;
                if (next < count - 1) {
                    next++;
                    current = piece.apply(next).getBytes(StandardCharsets.UTF_8);
                } else if (next == count - 1) {
                    next++;
                    current = tail;
                } else {
                    current = null;
                }
            }
            return current != null;
        }

        @Override
        public int read() throws java.io.IOException {
            if (advance()) {
                return current[position++] & 0xFF;
            }
            return after == null ? -1 : after.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
            if (length == 0) {
                return 0;
            }
            int copied = 0;
            while (copied < length && advance()) {
                int n = Math.min(length - copied, current.length - position);
                System.arraycopy(current, position, buffer, offset + copied, n);
                position += n;
                copied += n;
            }
            if (copied == 0) {
                return after == null ? -1 : after.read(buffer, offset, length);
            }
            return copied;
        }
    }
}
