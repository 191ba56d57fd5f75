package org.cadre.json.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.cadre.json.DocumentLoader;
import org.cadre.json.LoadResult;
import org.cadre.model.Framework;
import org.cadre.person.Person;
import org.cadre.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Personal data stays out of logs and off the network. The logging test runs {@link PrivacyScenario} in a
 * child JVM with the test class path, every SLF4J logger at TRACE (slf4j-simple, which reads its settings once,
 * when SLF4J starts: in this JVM other tests may have started it already), Hibernate Validator's logging sent
 * to SLF4J, and java.util.logging at ALL; it then reads every line the child logged. The network test loads
 * documents whose {@code $schema}, {@code $id} and {@code $ref} point at a local port and checks that nothing
 * connected to it, and that no URL was handed to the proxy selector.
 */
class PrivacyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Values of a person's record the shipped cohort and the scenario hold that are no fact's name. */
    private static final List<String> NAMES = List.of("Dr Amelia Okonkwo-Smythe");

    @Test
    void noLogLineAtTraceHoldsALevelAFactValueFreeTextOrAnEvidenceReference(@TempDir Path temp)
            throws IOException, InterruptedException {
        Path framework = shipped("examples/frameworks/nhs-hlm.json");
        Path cohort = shipped("examples/people/nhs-people.json");
        Path slf4jLog = temp.resolve("slf4j.log");
        Path julConfig = temp.resolve("logging.properties");
        Files.writeString(julConfig, "handlers=java.util.logging.ConsoleHandler\n.level=ALL\n"
                + "java.util.logging.ConsoleHandler.level=ALL\n");
        Path out = temp.resolve("stdout.txt");
        Path err = temp.resolve("stderr.txt");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
                "-Dorg.slf4j.simpleLogger.logFile=" + slf4jLog,
                "-Dorg.slf4j.simpleLogger.showLogName=true",
                "-Dorg.jboss.logging.provider=slf4j",
                "-Djava.util.logging.config.file=" + julConfig,
                PrivacyScenario.class.getName(), framework.toString(), cohort.toString());

        Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean finished = child.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            child.destroyForcibly();
        }

        assertThat(finished).as("the scenario finished within 120 s").isTrue();
        String stdout = Files.readString(out);
        assertThat(child.exitValue()).as("exit status of the scenario; its standard error:%n%s",
                Files.readString(err)).isZero();
        assertThat(stdout).as("what the scenario did")
                .contains("people evaluated: 8")
                .contains("entry evaluations: 112")
                .contains("gaps: 56")
                .contains("invalid documents rejected: 5 of 5");
        List<String> lines = new ArrayList<>();
        if (Files.exists(slf4jLog)) {
            lines.addAll(Files.readAllLines(slf4jLog));
        }
        lines.addAll(Files.readAllLines(err));
        assertThat(lines).as("log lines (without any the test would pass vacuously)").isNotEmpty();
        assertThat(lines).as("the loader's DEBUG lines about the records it read")
                .anyMatch(line -> line.contains("DEBUG org.cadre.json.DocumentLoader") && line.contains("cohort from"))
                .anyMatch(line -> line.contains("person [privacy-p101]"))
                .anyMatch(line -> line.contains("JSON Lines cohort from"));

        Set<String> secrets = secrets();
        assertThat(secrets).as("personal data to look for").contains("exemplary", "8c", "service-manager",
                "hr-drive:/cases/case-4471-grievance.pdf", "superlative-tier", "Harriet Quimby-Oduya", "Back in March after",
                "black-caribbean-self-declared"); // a self-declared fact (ethnic group): see docs/privacy.md
        List<String> leaks = new ArrayList<>();
        for (String secret : secrets) {
            Pattern pattern = pattern(secret);
            for (String line : lines) {
                if (pattern.matcher(line).find()) {
                    leaks.add("[" + secret + "] in: " + line);
                }
            }
        }
        assertThat(leaks).as("log lines that hold personal data (%d lines read)", lines.size()).isEmpty();
    }

    @Test
    void theLeakSearchFindsAValueAsAWordAndAShortNumberWhereAValueIsShown() {
        assertThat(pattern("exemplary").matcher("person [p1]: level [exemplary]").find()).isTrue();
        assertThat(pattern("strong").matcher("a strongest case").find()).isFalse();
        String reference = "hr-drive:/cases/case-4471-grievance.pdf";
        assertThat(pattern(reference).matcher("read " + reference + ".").find()).isTrue();
        assertThat(pattern("Going through a divorce; asked for flexible hours.")
                .matcher("x-about=\"Going through a divorce; asked for flexible hours.\"").find()).isTrue();
        assertThat(pattern("6").matcher("band [6]").find()).isTrue();
        assertThat(pattern("6").matcher("facts {band=6, role=staff}").find()).isTrue();
        assertThat(pattern("6").matcher("\"band\": \"6\"").find()).isTrue();
        assertThat(pattern("6").matcher("cohort from [c.json]: 6 people; 0 errors").find()).isFalse();
        assertThat(pattern("6").matcher("16 facts, band [16]").find()).isFalse();
    }

    @Test
    void loadingDocumentsThatPointAtAUrlOpensNoConnection() throws IOException, InterruptedException {
        String frameworkText = Files.readString(shipped("examples/frameworks/nhs-hlm.json"));
        String cohortText = Files.readString(shipped("examples/people/nhs-people.json"));
        ProxySelector previous = ProxySelector.getDefault();
        List<URI> looked = new CopyOnWriteArrayList<>();
        AtomicInteger accepted = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(50);
            Thread listener = new Thread(() -> listen(server, accepted), "privacy-listener");
            listener.setDaemon(true);
            listener.start();
            String base = "http://127.0.0.1:" + server.getLocalPort();
            ProxySelector.setDefault(new RecordingSelector(looked));
            try {
                DocumentLoader loader = DocumentLoader.create();
                LoadResult<Framework> framework = loader.loadFramework(withField(frameworkText, "$schema",
                        base + "/framework.schema.json"), "framework.json");
                assertThat(framework.report().errors()).as("the framework with a remote $schema").isEmpty();
                LoadResult<List<Person>> cohort = loader.loadCohort(withField(cohortText, "$schema",
                        base + "/cohort.schema.json"), "cohort.json", framework.orThrow(), PrivacyScenario.AS_OF);
                assertThat(cohort.report().errors()).as("the cohort with a remote $schema").isEmpty();
                LoadResult<Person> person = loader.loadPerson(withField(PrivacyScenario.PERSON, "$schema",
                        base + "/person.schema.json"), "person.json", framework.orThrow(), PrivacyScenario.AS_OF);
                assertThat(person.report().errors()).as("the person with a remote $schema").isEmpty();

                String withId = withField(withField(frameworkText, "$id", base + "/framework.json"), "x-ref",
                        Map.of("$ref", base + "/fragment.json#/$defs/x"));
                Report idReport = loader.validate(withId.getBytes(StandardCharsets.UTF_8), "with-id.json");
                assertThat(idReport.errors()).as("a framework with $id is reported, not fetched").isNotEmpty();
                String personWithRef = withField(PrivacyScenario.PERSON, "x-ref", Map.of("$ref", base + "/p.json"));
                assertThat(loader.validate(personWithRef.getBytes(StandardCharsets.UTF_8), "person-ref.json")
                        .errors()).as("a person with an extension that holds a $ref").isEmpty();
                String line = "{\"$schema\": \"" + base + "/person.schema.json\", \"id\": \"line-1\", \"x-ref\":"
                        + " {\"$ref\": \"" + base + "/line.json\"}}\n";
                loader.streamCohort(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "lines.jsonl",
                        read -> { });
                Thread.sleep(300); // time for a connection made in the background to arrive

                assertThat(accepted.get()).as("connections to %s while loading", base).isZero();
                assertThat(looked).as("URLs handed to the proxy selector while loading").isEmpty();
            } finally {
                ProxySelector.setDefault(previous);
            }

            // The listener does notice a connection: the check above is not vacuous.
            try (Socket probe = new Socket(Proxy.NO_PROXY)) {
                probe.connect(server.getLocalSocketAddress(), 2_000);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (accepted.get() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
            }
            assertThat(accepted.get()).as("connections after the test's own probe").isEqualTo(1);
            listener.interrupt();
        }
    }

    private static void listen(ServerSocket server, AtomicInteger accepted) {
        while (!server.isClosed() && !Thread.currentThread().isInterrupted()) {
            try {
                server.accept().close();
                accepted.incrementAndGet();
            } catch (SocketTimeoutException e) {
                // poll again
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** Records every URI a connection would be made to and lets it go direct. */
    private static final class RecordingSelector extends ProxySelector {
        private final List<URI> looked;

        RecordingSelector(List<URI> looked) {
            this.looked = looked;
        }

        @Override
        public List<Proxy> select(URI uri) {
            looked.add(uri);
            return List.of(Proxy.NO_PROXY);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException failure) {
            // nothing to do
        }
    }

    /** The document with one more top-level field (first), written as JSON. */
    private static String withField(String document, String name, Object value) {
        int brace = document.indexOf('{');
        return document.substring(0, brace + 1) + JSON.writeValueAsString(name) + ": " + JSON.writeValueAsString(value)
                + "," + document.substring(brace + 1);
    }

    /**
     * Everything personal in the scenario's people, read from the documents themselves (not through the
     * loader under test): rating levels, string facts, evidence references, and every text inside an
     * {@code x-} field; and what the unparseable documents hold.
     */
    private static Set<String> secrets() throws IOException {
        Set<String> secrets = new LinkedHashSet<>();
        JsonNode cohort = JSON.readTree(Files.readString(shipped("examples/people/nhs-people.json")));
        cohort.get("people").forEach(person -> collect(person, secrets));
        collect(JSON.readTree(PrivacyScenario.PERSON), secrets);
        for (String line : PrivacyScenario.JSON_LINES.split("\n")) {
            try {
                collect(JSON.readTree(line), secrets);
            } catch (RuntimeException notJson) {
                // the broken line: its contents are listed in UNPARSEABLE_SECRETS
            }
        }
        for (String document : PrivacyScenario.INVALID_PEOPLE) {
            JsonNode root;
            try {
                root = JSON.readTree(document);
            } catch (RuntimeException notJson) {
                continue;
            }
            if (root.has("people")) {
                root.get("people").forEach(person -> collect(person, secrets));
            } else {
                collect(root, secrets);
            }
        }
        secrets.addAll(PrivacyScenario.UNPARSEABLE_SECRETS);
        secrets.addAll(NAMES);
        return secrets;
    }

    private static void collect(JsonNode person, Set<String> secrets) {
        for (JsonNode rating : person.path("ratings")) {
            if (rating.path("level").isString()) {
                secrets.add(rating.get("level").asString());
            }
        }
        for (JsonNode item : person.path("evidence")) {
            if (item.path("reference").isString() && !item.get("reference").asString().isEmpty()) {
                secrets.add(item.get("reference").asString());
            }
        }
        for (Map.Entry<String, JsonNode> fact : person.path("facts").properties()) {
            if (fact.getValue().isString()) {
                secrets.add(fact.getValue().asString());
            }
        }
        for (Map.Entry<String, JsonNode> field : person.properties()) {
            if (field.getKey().startsWith("x-")) {
                texts(field.getValue(), secrets);
            }
        }
    }

    /**
     * Every text in an extension value; a text of more than four words also by its first and its last four
     * words, so that a log line that quotes part of it is found too.
     */
    private static void texts(JsonNode node, Set<String> into) {
        if (node.isString()) {
            String text = node.asString();
            into.add(text);
            List<String> words = List.of(text.split(" "));
            if (words.size() > 4) {
                into.add(String.join(" ", words.subList(0, 4)));
                into.add(String.join(" ", words.subList(words.size() - 4, words.size())));
            }
        }
        for (JsonNode child : node) {
            texts(child, into);
        }
    }

    /**
     * How a secret is looked for in a log line: as a whole word, case-sensitive. A value of one or two digits
     * (a pay band such as 6) cannot be told from a count by its text, so it is looked for where a value would
     * be shown: in quotes or brackets, or just after a fact's name.
     */
    static Pattern pattern(String secret) {
        String quoted = Pattern.quote(secret);
        if (secret.matches("[0-9]{1,2}")) {
            return Pattern.compile("[\"'\\[(]" + quoted + "[\"'\\])]|(band|role|degree|level|fact)\\W{0,3}" + quoted
                    + "(?![A-Za-z0-9])");
        }
        return Pattern.compile("(?<![A-Za-z0-9])" + quoted + "(?![A-Za-z0-9])");
    }

    /** A file of the project, found from the module's directory (or any folder above it). */
    private static Path shipped(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new UncheckedIOException(new IOException("cannot find " + relative + " from "
                + Path.of("").toAbsolutePath()));
    }
}
