package dev.roster.testkit.riskmap;

import dev.roster.testkit.risk.Boundary;
import dev.roster.testkit.risk.Risk;
import dev.roster.testkit.risk.TestLevel;
import java.util.List;
import java.util.Set;

/** Hand-made records and risks for the map's tests: each states only what matters. */
final class Records {

    private Records() {
    }

    static RiskDefinition rule(String name, Boundary boundary) {
        return new RiskDefinition(name, name.toLowerCase() + " goes wrong", boundary, Set.of());
    }

    static RiskDefinition race(String name, Boundary boundary) {
        return new RiskDefinition(name, name.toLowerCase() + " races", boundary, Set.of(Risk.Kind.CONCURRENCY));
    }

    static Builder aTest(String simpleClassName, String testName) {
        return new Builder(simpleClassName, testName);
    }

    static final class Builder {
        private final String className;
        private final String testName;
        private List<String> risks = List.of();
        private List<String> proves = List.of();
        private String quarantineReason;
        private String outcome = "SUCCESSFUL";
        private long durationMs = 10;

        private Builder(String className, String testName) {
            this.className = className;
            this.testName = testName;
        }

        Builder guarding(String... names) {
            risks = List.of(names);
            return this;
        }

        Builder proving(String... names) {
            proves = List.of(names);
            return this;
        }

        Builder quarantined() {
            quarantineReason = "flaky on a slow machine";
            return this;
        }

        Builder failed() {
            outcome = "FAILED";
            return this;
        }

        Builder skipped() {
            outcome = "SKIPPED";
            return this;
        }

        Builder taking(long ms) {
            durationMs = ms;
            return this;
        }

        RecordedTest build() {
            return new RecordedTest("enrollment-service", "dev.roster." + className, testName,
                    TestLevel.ofClassName(className), risks, proves, quarantineReason,
                    quarantineReason == null ? null : "2026-12-01", outcome, durationMs);
        }
    }
}
