package dev.roster.testkit.riskmap;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The map as JSON (risk-map.json), for tools; the same facts as the HTML page. */
public final class RiskMapJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RiskMapJson() {
    }

    public static String render(RiskMap map) {
        return render(map, Incidents.none());
    }

    public static String render(RiskMap map, Incidents incidents) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("summary", Map.of(
                "risks", map.registeredRisks(), "guarded", map.guardedRisks(), "proven", map.provenRisks(),
                "quarantinedTests", map.quarantinedTests(), "gaps", map.gaps().size()));
        Map<String, Object> levels = new LinkedHashMap<>();
        map.levelsInOrder().forEach((level, cost) -> levels.put(level.name(), cost));
        root.put("levels", levels);
        root.put("risks", map.risks().stream().map(entry -> entry(entry, incidents)).toList());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static Map<String, Object> entry(RiskEntry entry, Incidents incidents) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", entry.name());
        out.put("description", entry.description());
        out.put("boundary", entry.boundary() == null ? null : entry.boundary().name());
        out.put("kinds", entry.kinds().stream().map(Enum::name).sorted().toList());
        out.put("verdict", entry.verdict().label());
        out.put("problems", entry.problems());
        out.put("guards", entry.guards().stream().map(g -> test(g, entry.atBoundary(g))).toList());
        out.put("proofs", entry.proofs().stream().map(p -> test(p, null)).toList());
        out.put("incidents", incidents.of(entry.name()));
        return out;
    }

    private static Map<String, Object> test(RecordedTest test, Boolean atBoundary) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("class", test.testClass());
        out.put("name", test.testName());
        out.put("level", test.level().name());
        out.put("module", test.module());
        out.put("outcome", test.outcome());
        out.put("durationMs", test.durationMs());
        if (atBoundary != null) {
            out.put("atBoundary", atBoundary);
        }
        out.put("quarantined", test.quarantined()
                ? Map.of("reason", test.quarantineReason(), "since", test.quarantinedSince()) : null);
        return out;
    }
}
