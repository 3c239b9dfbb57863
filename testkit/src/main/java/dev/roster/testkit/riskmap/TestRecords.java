package dev.roster.testkit.riskmap;

import dev.roster.testkit.risk.TestLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the test records every module wrote under {@code <module>/target/test-records}. A test
 * recorded more than once (a module tested twice without a clean) keeps its latest record.
 */
public final class TestRecords {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestRecords() {
    }

    public static List<RecordedTest> readAll(Path repositoryRoot) {
        Map<String, RecordedTest> latest = new LinkedHashMap<>();
        for (Path file : recordFiles(repositoryRoot)) {
            String module = file.getParent().getParent().getParent().getFileName().toString();
            for (RecordedTest test : read(module, file)) {
                latest.remove(test.key());
                latest.put(test.key(), test);
            }
        }
        return new ArrayList<>(latest.values());
    }

    private static List<Path> recordFiles(Path root) {
        try (Stream<Path> modules = Files.list(root)) {
            List<Path> files = new ArrayList<>();
            for (Path dir : modules.map(m -> m.resolve("target").resolve("test-records"))
                    .filter(Files::isDirectory).toList()) {
                try (Stream<Path> inDir = Files.list(dir)) {
                    inDir.filter(f -> f.getFileName().toString().endsWith(".jsonl")).forEach(files::add);
                }
            }
            files.sort(Comparator.comparingLong(TestRecords::writtenAt).thenComparing(Path::toString));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the test records under " + root, e);
        }
    }

    /** The listener names its files test-records-<pid>-<epoch millis>.jsonl. */
    private static long writtenAt(Path file) {
        String name = file.getFileName().toString().replace(".jsonl", "");
        try {
            return Long.parseLong(name.substring(name.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static List<RecordedTest> read(String module, Path file) {
        try {
            List<RecordedTest> tests = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    tests.add(parse(module, line));
                }
            }
            return tests;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test records " + file, e);
        }
    }

    static RecordedTest parse(String module, String line) {
        JsonNode node = JSON.readTree(line);
        JsonNode quarantine = node.path("quarantine");
        boolean quarantined = quarantine.isObject();
        return new RecordedTest(module,
                node.path("testClass").asString(""),
                node.path("testName").asString(""),
                level(node.path("level").asString("")),
                names(node.path("risks")),
                names(node.path("proves")),
                quarantined ? quarantine.path("reason").asString("") : null,
                quarantined ? quarantine.path("since").asString("") : null,
                node.path("outcome").asString(""),
                node.path("durationMs").asLong(0));
    }

    private static TestLevel level(String name) {
        try {
            return TestLevel.valueOf(name);
        } catch (IllegalArgumentException e) {
            return TestLevel.UNKNOWN;
        }
    }

    private static List<String> names(JsonNode array) {
        return array.isArray() ? array.valueStream().map(n -> n.asString("")).toList() : List.of();
    }
}
