package dev.roster.testkit.riskmap;

import dev.roster.testkit.risk.Boundary;
import dev.roster.testkit.risk.Risk;
import java.util.List;
import java.util.Set;

/**
 * One row of the map: a risk, the tests that guard it, the proofs that its guards catch a broken
 * variant, the verdict and, when the verdict is a gap, what exactly is missing.
 *
 * @param boundary null for a risk the registry does not have
 * @param problems what the gate reports for this risk; empty when it is guarded as required
 */
public record RiskEntry(
        String name,
        String description,
        Boundary boundary,
        Set<Risk.Kind> kinds,
        List<RecordedTest> guards,
        List<RecordedTest> proofs,
        Verdict verdict,
        List<String> problems) {

    public RiskEntry {
        kinds = Set.copyOf(kinds);
        guards = List.copyOf(guards);
        proofs = List.copyOf(proofs);
        problems = List.copyOf(problems);
    }

    /** Whether this guard is at a level that counts at the risk's boundary. */
    public boolean atBoundary(RecordedTest guard) {
        return boundary != null && BoundaryLevels.counts(boundary, guard.level());
    }
}
