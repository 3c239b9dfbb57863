package dev.roster.testkit.riskmap;

import java.util.List;

/**
 * Fails the build when a risk is not guarded as the map requires. Enforcement can be switched off
 * with the one property {@value #ENFORCE_PROPERTY}, so the map can land before every proof exists;
 * the problems are then printed and the build goes on.
 */
public final class RiskGate {

    public static final String ENFORCE_PROPERTY = "roster.riskmap.enforce";

    private RiskGate() {
    }

    /** The gate's verdict on a map: nothing when it passes, else one line per problem. */
    public static List<String> violations(RiskMap map) {
        return map.problems();
    }

    /**
     * @throws RiskGateFailure naming every risk and what it misses, when enforcing and anything is missing
     * @return the report to print, empty when the map has no problems
     */
    public static String check(RiskMap map, boolean enforce) {
        List<String> violations = violations(map);
        if (violations.isEmpty()) {
            return "";
        }
        String hint = map.testCount() == 0 ? "no test records at all: were the tests skipped? " : "";
        String report = "risk gate: %d problem(s)%n  %s%n".formatted(violations.size(), String.join("\n  ", violations))
                + "(" + hint + "see target/risk-map/index.html; -D" + ENFORCE_PROPERTY + "=false reports without failing)";
        if (enforce) {
            throw new RiskGateFailure(report);
        }
        return report;
    }

    /** The build's failure: its message is the gate's report. */
    public static final class RiskGateFailure extends RuntimeException {
        RiskGateFailure(String message) {
            super(message);
        }
    }
}
