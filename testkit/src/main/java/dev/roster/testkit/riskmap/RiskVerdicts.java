package dev.roster.testkit.riskmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules that turn a risk and the records into a verdict and the gate's problems. */
final class RiskVerdicts {

    private RiskVerdicts() {
    }

    static RiskEntry judge(RiskDefinition risk, List<RecordedTest> records) {
        List<RecordedTest> guards = records.stream().filter(r -> r.guards(risk.name())).toList();
        List<RecordedTest> proofs = records.stream().filter(r -> r.proves(risk.name())).toList();
        List<Verdict> verdicts = new ArrayList<>();
        List<String> problems = new ArrayList<>();

        List<RecordedTest> failing = new ArrayList<>(guards);
        failing.addAll(proofs);
        failing.removeIf(r -> r.quarantined() || !r.failed());
        if (!failing.isEmpty()) {
            verdicts.add(Verdict.FAILING);
            problems.add("failing: " + names(failing));
        }
        boolean guardedAtBoundary = guards.stream()
                .anyMatch(g -> g.counts() && BoundaryLevels.counts(risk.boundary(), g.level()));
        if (!guardedAtBoundary) {
            verdicts.add(Verdict.MISSING_GUARD_AT_BOUNDARY);
            problems.add("no passing, non-quarantined guard at the %s boundary (%s)%s".formatted(
                    risk.boundary(), levels(risk), otherGuards(guards)));
        }
        boolean proven = proofs.stream().anyMatch(RecordedTest::counts);
        if (risk.needsProof() && !proven) {
            verdicts.add(Verdict.MISSING_PROOF);
            problems.add("its kinds %s need a passing, non-quarantined @BrokenVariantProof%s".formatted(
                    sorted(risk.kinds()), proofs.isEmpty() ? "; there is none" : "; found only " + names(proofs)));
        }
        Verdict verdict = verdicts.stream().min(Comparator.naturalOrder())
                .orElse(proven ? Verdict.GUARDED_AND_PROVEN : Verdict.GUARDED);
        return new RiskEntry(risk.name(), risk.description(), risk.boundary(), risk.kinds(),
                guards, proofs, verdict, problems);
    }

    static RiskEntry unknown(String name, List<RecordedTest> records) {
        List<RecordedTest> naming = records.stream()
                .filter(r -> r.risks().contains(name) || r.proves().contains(name)).toList();
        return new RiskEntry(name, "not in the registry (Risk.java)", null, Set.of(),
                naming.stream().filter(r -> r.guards(name)).toList(),
                naming.stream().filter(r -> r.proves(name)).toList(),
                Verdict.UNKNOWN_RISK,
                List.of("named by " + names(naming) + " but the registry (Risk.java) has no such risk"));
    }

    private static String levels(RiskDefinition risk) {
        return BoundaryLevels.countingAt(risk.boundary()).stream().sorted().map(RiskVerdicts::aTestAt)
                .collect(Collectors.joining(" or "));
    }

    private static String aTestAt(dev.roster.testkit.risk.TestLevel level) {
        return switch (level) {
            case UNIT -> "a unit test";
            case INTEGRATION -> "an integration test";
            case CONTRACT -> "a contract test";
            case END_TO_END -> "an end-to-end test";
            case UNKNOWN -> "a test of unknown level";
        };
    }

    /** The guards there are, one entry per class, level and state, so a long list stays readable. */
    private static String otherGuards(List<RecordedTest> guards) {
        if (guards.isEmpty()) {
            return "; there is no guard at all";
        }
        java.util.Map<String, List<RecordedTest>> groups = guards.stream().collect(Collectors.groupingBy(
                g -> g.simpleClassName() + "|" + g.level() + "|" + state(g),
                java.util.LinkedHashMap::new, Collectors.toList()));
        return "; found only " + groups.values().stream().map(group -> {
            RecordedTest first = group.getFirst();
            String who = group.size() == 1 ? name(first) : first.simpleClassName() + " ×" + group.size();
            return "%s (%s, %s)".formatted(who, first.level().name().toLowerCase(), state(first));
        }).collect(Collectors.joining(", "));
    }

    private static String state(RecordedTest test) {
        return test.quarantined() ? "quarantined" : test.outcome().toLowerCase();
    }

    private static String names(List<RecordedTest> tests) {
        return tests.stream().map(RiskVerdicts::name).collect(Collectors.joining(", "));
    }

    private static String name(RecordedTest test) {
        return test.simpleClassName() + "." + test.testName();
    }

    private static <T extends Comparable<T>> List<T> sorted(Set<T> values) {
        return values.stream().sorted().toList();
    }
}
