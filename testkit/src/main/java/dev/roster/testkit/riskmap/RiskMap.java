package dev.roster.testkit.riskmap;

import dev.roster.testkit.risk.TestLevel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The risk map: every registered risk with its guards, proofs and verdict, every unknown risk a
 * record names, and what each test level costs.
 */
public record RiskMap(List<RiskEntry> risks, Map<TestLevel, LevelCost> levels, int quarantinedTests) {

    /** How many tests ran at a level and how long they took together. */
    public record LevelCost(int tests, long totalMs) {
    }

    public RiskMap {
        risks = List.copyOf(risks);
        levels = Map.copyOf(levels);
    }

    public static RiskMap build(List<RiskDefinition> registry, List<RecordedTest> records) {
        List<RiskEntry> entries = new ArrayList<>();
        for (RiskDefinition risk : registry) {
            entries.add(RiskVerdicts.judge(risk, records));
        }
        Set<String> known = registry.stream().map(RiskDefinition::name).collect(Collectors.toSet());
        unknownNames(records, known).forEach(name -> entries.add(RiskVerdicts.unknown(name, records)));
        int quarantined = (int) records.stream().filter(RecordedTest::quarantined).count();
        return new RiskMap(entries, levelCosts(records), quarantined);
    }

    private static List<String> unknownNames(List<RecordedTest> records, Set<String> known) {
        return records.stream()
                .flatMap(r -> java.util.stream.Stream.concat(r.risks().stream(), r.proves().stream()))
                .filter(name -> !known.contains(name))
                .distinct().sorted().toList();
    }

    private static Map<TestLevel, LevelCost> levelCosts(List<RecordedTest> records) {
        Map<TestLevel, LevelCost> costs = new EnumMap<>(TestLevel.class);
        for (RecordedTest r : records) {
            costs.merge(r.level(), new LevelCost(1, r.durationMs()),
                    (a, b) -> new LevelCost(a.tests() + b.tests(), a.totalMs() + b.totalMs()));
        }
        return costs;
    }

    /** Levels in their natural order, for display. */
    public Map<TestLevel, LevelCost> levelsInOrder() {
        Map<TestLevel, LevelCost> ordered = new LinkedHashMap<>();
        for (TestLevel level : TestLevel.values()) {
            if (levels.containsKey(level)) {
                ordered.put(level, levels.get(level));
            }
        }
        return ordered;
    }

    public int testCount() {
        return levels.values().stream().mapToInt(LevelCost::tests).sum();
    }

    public long registeredRisks() {
        return risks.stream().filter(e -> e.verdict() != Verdict.UNKNOWN_RISK).count();
    }

    public long guardedRisks() {
        return risks.stream().filter(e -> !e.verdict().isGap()).count();
    }

    public long provenRisks() {
        return risks.stream().filter(e -> e.proofs().stream().anyMatch(RecordedTest::counts)).count();
    }

    public List<RiskEntry> gaps() {
        return risks.stream().filter(e -> e.verdict().isGap()).toList();
    }

    /** Every problem of every risk, each naming its risk: what the gate reports. */
    public List<String> problems() {
        return risks.stream().flatMap(e -> e.problems().stream().map(p -> e.name() + ": " + p)).toList();
    }

    public String summaryLine() {
        return "risk map: %d risks, %d guarded, %d proven, %d quarantined tests, %d gaps"
                .formatted(registeredRisks(), guardedRisks(), provenRisks(), quarantinedTests, gaps().size());
    }
}
