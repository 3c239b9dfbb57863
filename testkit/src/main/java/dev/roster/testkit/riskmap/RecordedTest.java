package dev.roster.testkit.riskmap;

import dev.roster.testkit.risk.TestLevel;
import java.util.List;

/**
 * One test record as the risk map reads it back: risks stay names, so that a record naming a risk
 * the registry no longer has is reported by the gate instead of failing to parse.
 *
 * @param module          the Maven module whose target the record was found in
 * @param quarantineReason why the test is quarantined; null when it is not
 * @param quarantinedSince when it was quarantined; null when it is not
 */
public record RecordedTest(
        String module,
        String testClass,
        String testName,
        TestLevel level,
        List<String> risks,
        List<String> proves,
        String quarantineReason,
        String quarantinedSince,
        String outcome,
        long durationMs) {

    public RecordedTest {
        risks = List.copyOf(risks);
        proves = List.copyOf(proves);
    }

    public boolean quarantined() {
        return quarantineReason != null;
    }

    public boolean passed() {
        return "SUCCESSFUL".equals(outcome);
    }

    public boolean failed() {
        return "FAILED".equals(outcome);
    }

    /** Only a passing test that is not quarantined counts for the gate. */
    public boolean counts() {
        return passed() && !quarantined();
    }

    /** A proof for a risk is never also its guard, even when its class guards the risk. */
    public boolean guards(String risk) {
        return risks.contains(risk) && !proves.contains(risk);
    }

    public boolean proves(String risk) {
        return proves.contains(risk);
    }

    public String simpleClassName() {
        return testClass.substring(testClass.lastIndexOf('.') + 1);
    }

    /** Identifies the test across runs: a later record of it replaces an earlier one. */
    String key() {
        return module + "|" + testClass + "|" + testName;
    }
}
