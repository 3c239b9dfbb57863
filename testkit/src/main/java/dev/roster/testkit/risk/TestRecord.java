package dev.roster.testkit.risk;

import java.util.List;

/**
 * One test run, as written to the module's test records: the input of the risk map.
 *
 * @param testClass   the fully qualified class holding the test
 * @param testName    the method name, with the invocation's display name for parametrized tests
 * @param level       the level read off the class name
 * @param risks       the risks the test guards, from {@link Guards} on the method and its classes
 * @param proves      the risks the test is a {@link BrokenVariantProof} for (a proof, not a guard)
 * @param quarantine  why and since when the test is {@link Quarantined}; null when it is not
 * @param outcome     SUCCESSFUL, FAILED, ABORTED or SKIPPED
 * @param durationMs  wall time of the test in milliseconds
 */
public record TestRecord(
        String testClass,
        String testName,
        TestLevel level,
        List<Risk> risks,
        List<Risk> proves,
        Quarantine quarantine,
        String outcome,
        long durationMs) {

    public TestRecord {
        risks = List.copyOf(risks);
        proves = List.copyOf(proves);
    }

    /** What {@link Quarantined} says about a test. */
    public record Quarantine(String reason, String since) {
    }
}
