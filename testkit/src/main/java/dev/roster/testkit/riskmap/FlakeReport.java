package dev.roster.testkit.riskmap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What {@code ./roster flakes} prints after its runs: every test that did not pass in every run
 * it ran in, with the seeds of the runs it failed in, so each failure can be replayed.
 *
 * <p>Each run's records are under {@code <dir>/run-<n>-seed-<seed>/<module>/target/test-records}.
 */
public final class FlakeReport {

    /** A test that failed in at least one run; {@code outcomes} maps each run to its outcome there. */
    public record Unstable(String test, Map<String, String> outcomes) {

        public long failures() {
            return outcomes.values().stream().filter(FAILING::contains).count();
        }

        public String describe() {
            List<String> failedIn = outcomes.entrySet().stream()
                    .filter(e -> FAILING.contains(e.getValue()))
                    .map(e -> e.getKey() + " " + e.getValue().toLowerCase()).toList();
            String kind = failures() == outcomes.size() ? "FAILS EVERY RUN" : "FLAKY";
            return "%-15s %s: did not pass %d of %d runs (%s)".formatted(
                    kind, test, failures(), outcomes.size(), String.join(", ", failedIn));
        }
    }

    private static final Set<String> FAILING = Set.of("FAILED", "ABORTED");

    private FlakeReport() {
    }

    /**
     * @param runs each run's name (its seed) to the records it wrote
     * @return the tests that failed or aborted in some run and were not skipped or aborted in all
     */
    public static List<Unstable> unstable(Map<String, List<RecordedTest>> runs) {
        Map<String, Map<String, String>> outcomes = new LinkedHashMap<>();
        runs.forEach((run, records) -> records.forEach(r -> outcomes
                .computeIfAbsent(r.simpleClassName() + "." + r.testName() + " [" + r.module() + "]",
                        k -> new LinkedHashMap<>())
                .put(run, r.outcome())));
        List<Unstable> unstable = new ArrayList<>();
        outcomes.forEach((test, byRun) -> {
            boolean failedSomewhere = byRun.containsValue("FAILED")
                    || byRun.containsValue("ABORTED") && byRun.containsValue("SUCCESSFUL");
            if (failedSomewhere) {
                unstable.add(new Unstable(test, byRun));
            }
        });
        return unstable;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Map<String, List<RecordedTest>> runs = new LinkedHashMap<>();
        try (Stream<Path> runDirs = Files.list(dir)) {
            runDirs.filter(Files::isDirectory).sorted()
                    .forEach(run -> runs.put(run.getFileName().toString(), TestRecords.readAll(run)));
        }
        int tests = runs.values().stream().mapToInt(List::size).max().orElse(0);
        List<Unstable> unstable = unstable(runs);
        System.out.printf("roster flakes: %d run(s), up to %d tests each, %d did not pass every time%n",
                runs.size(), tests, unstable.size());
        unstable.forEach(u -> System.out.println("  " + u.describe()));
        if (!unstable.isEmpty()) {
            System.out.println("replay one run's order with -Droster.test.seed=<seed> (docs/testing.md, Determinism)");
            throw new IllegalStateException(unstable.size() + " test(s) did not pass every time");
        }
    }
}
