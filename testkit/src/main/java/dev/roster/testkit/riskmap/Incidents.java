package dev.roster.testkit.riskmap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The failures found outside the suite ({@code docs/incidents.md}), per risk they map to, so the map
 * shows which guards were bought by real failures. An incident is a heading {@code ## INC-001 Title}
 * followed by one {@code Risk: NAME} line per risk.
 */
public final class Incidents {

    /** One incident: its id and title. */
    public record Incident(String id, String title) {
    }

    private static final Pattern HEADING = Pattern.compile("^## (INC-\\d+)\\s+(.+)$");
    private static final Pattern RISK = Pattern.compile("^Risk:\\s*([A-Z0-9_]+)\\s*$");

    private final Map<String, List<Incident>> byRisk;

    private Incidents(Map<String, List<Incident>> byRisk) {
        this.byRisk = byRisk;
    }

    public static Incidents none() {
        return new Incidents(Map.of());
    }

    /** Reads the file; none when it does not exist. */
    public static Incidents read(Path file) throws IOException {
        return Files.exists(file) ? parse(Files.readAllLines(file, StandardCharsets.UTF_8)) : none();
    }

    static Incidents parse(List<String> lines) {
        Map<String, List<Incident>> byRisk = new LinkedHashMap<>();
        Incident current = null;
        for (String line : lines) {
            Matcher heading = HEADING.matcher(line.strip());
            if (heading.matches()) {
                current = new Incident(heading.group(1), heading.group(2).strip());
                continue;
            }
            Matcher risk = RISK.matcher(line.strip());
            if (risk.matches() && current != null) {
                byRisk.computeIfAbsent(risk.group(1), name -> new ArrayList<>()).add(current);
            }
        }
        return new Incidents(byRisk);
    }

    /** The incidents that map to the risk named, in the file's order. */
    public List<Incident> of(String riskName) {
        return List.copyOf(byRisk.getOrDefault(riskName, List.of()));
    }

    /** Risk names the incidents use that {@code known} does not hold (a renamed or deleted risk). */
    public List<String> unknownRisks(java.util.Set<String> known) {
        return byRisk.keySet().stream().filter(name -> !known.contains(name)).toList();
    }
}
