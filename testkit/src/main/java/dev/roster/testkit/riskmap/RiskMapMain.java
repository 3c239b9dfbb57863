package dev.roster.testkit.riskmap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by the build after every module's tests (the risk-map module, last in the reactor): reads
 * the test records, writes {@code target/risk-map/index.html} and {@code risk-map.json} at the
 * repository root, prints the summary and applies the gate.
 *
 * <p>Arguments: the repository root, then optionally {@code enforce=true|false}; the system property
 * {@value RiskGate#ENFORCE_PROPERTY} is read when the argument is absent (default true).
 */
public final class RiskMapMain {

    private RiskMapMain() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        boolean enforce = Boolean.parseBoolean(args.length > 1 ? args[1].replace("enforce=", "")
                : System.getProperty(RiskGate.ENFORCE_PROPERTY, "true"));
        RiskMap map = RiskMap.build(RiskDefinition.registry(), TestRecords.readAll(root));
        Incidents incidents = Incidents.read(root.resolve("docs").resolve("incidents.md"));
        Path out = write(root.resolve("target").resolve("risk-map"), map, incidents);
        System.out.println(map.summaryLine() + " -> " + out.resolve("index.html"));
        java.util.Set<String> known = new java.util.HashSet<>();
        map.risks().forEach(entry -> known.add(entry.name()));
        incidents.unknownRisks(known).forEach(name ->
                System.out.println("risk map: docs/incidents.md names a risk the registry does not have: " + name));
        String report = RiskGate.check(map, enforce);
        if (!report.isEmpty()) {
            System.out.println(report);
        }
    }

    /** Writes index.html and risk-map.json into the folder {@code out}; returns it. */
    public static Path write(Path out, RiskMap map) throws IOException {
        return write(out, map, Incidents.none());
    }

    /** Writes index.html and risk-map.json, each risk linked to its incidents, into {@code out}; returns it. */
    public static Path write(Path out, RiskMap map, Incidents incidents) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), RiskMapHtml.render(map, incidents), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("risk-map.json"), RiskMapJson.render(map, incidents), StandardCharsets.UTF_8);
        return out;
    }
}
