package dev.roster.testkit.riskmap;

import dev.roster.testkit.risk.Boundary;
import dev.roster.testkit.risk.TestLevel;
import java.util.Set;

/**
 * Which test levels count as a guard at each boundary. Only the level where the risk lives counts:
 * a guard at an outer level (an integration test of a domain rule, say) is shown on the map but
 * does not satisfy the gate, because it is the slow, coarse stand-in for the cheap test the
 * boundary calls for, and reaches only the cases the wiring happens to let through.
 */
public final class BoundaryLevels {

    private BoundaryLevels() {
    }

    public static Set<TestLevel> countingAt(Boundary boundary) {
        return switch (boundary) {
            // application tests are *Test classes over in-memory fakes: the unit level by name
            case DOMAIN, APPLICATION -> Set.of(TestLevel.UNIT);
            case DATABASE, WEB, PAYMENT_PROVIDER, MESSAGING, WIRING -> Set.of(TestLevel.INTEGRATION);
            case CONTRACT -> Set.of(TestLevel.CONTRACT);
            case JOURNEY -> Set.of(TestLevel.END_TO_END);
        };
    }

    public static boolean counts(Boundary boundary, TestLevel level) {
        return countingAt(boundary).contains(level);
    }
}
