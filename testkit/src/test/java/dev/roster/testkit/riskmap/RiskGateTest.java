package dev.roster.testkit.riskmap;

import static dev.roster.testkit.riskmap.Records.aTest;
import static dev.roster.testkit.riskmap.Records.race;
import static dev.roster.testkit.riskmap.Records.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.testkit.risk.Boundary;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskGateTest {

    private static final List<RiskDefinition> REGISTRY = List.of(
            rule("PRICE", Boundary.DOMAIN), race("OVERSELL", Boundary.DATABASE));

    private static RiskMap mapOf(Records.Builder... tests) {
        return RiskMap.build(REGISTRY, java.util.Arrays.stream(tests).map(Records.Builder::build).toList());
    }

    @Test
    void passesWhenEveryRiskIsGuardedAtItsBoundaryAndEveryRaceProven() {
        RiskMap map = mapOf(aTest("PriceTest", "a").guarding("PRICE"), aTest("SeatsIT", "b").guarding("OVERSELL"),
                aTest("SeatsIT", "wouldCatch").proving("OVERSELL"));

        assertThat(RiskGate.check(map, true)).isEmpty();
    }

    @Test
    void failsNamingTheRiskWithoutAGuardAtItsBoundary() {
        RiskMap map = mapOf(aTest("PriceIT", "a").guarding("PRICE"), aTest("SeatsIT", "b").guarding("OVERSELL"),
                aTest("SeatsIT", "wouldCatch").proving("OVERSELL"));

        assertThatThrownBy(() -> RiskGate.check(map, true)).isInstanceOf(RiskGate.RiskGateFailure.class)
                .hasMessageContaining("1 problem(s)")
                .hasMessageContaining("PRICE: no passing, non-quarantined guard at the DOMAIN boundary (a unit test)");
    }

    @Test
    void failsNamingTheRiskWhoseKindsHaveNoProof() {
        RiskMap map = mapOf(aTest("PriceTest", "a").guarding("PRICE"), aTest("SeatsIT", "b").guarding("OVERSELL"));

        assertThatThrownBy(() -> RiskGate.check(map, true)).isInstanceOf(RiskGate.RiskGateFailure.class)
                .hasMessageContaining("OVERSELL: its kinds [CONCURRENCY] need a passing, non-quarantined "
                        + "@BrokenVariantProof; there is none");
    }

    @Test
    void failsNamingARiskTheRegistryDoesNotHave() {
        RiskMap map = mapOf(aTest("PriceTest", "a").guarding("PRICE", "GONE"), aTest("SeatsIT", "b").guarding("OVERSELL"),
                aTest("SeatsIT", "wouldCatch").proving("OVERSELL"));

        assertThatThrownBy(() -> RiskGate.check(map, true)).isInstanceOf(RiskGate.RiskGateFailure.class)
                .hasMessageContaining("GONE: named by PriceTest.a but the registry (Risk.java) has no such risk");
    }

    @Test
    void failsWhenOnlyQuarantinedTestsGuardAndProve() {
        RiskMap map = mapOf(aTest("PriceTest", "a").guarding("PRICE"),
                aTest("SeatsIT", "b").guarding("OVERSELL").quarantined(),
                aTest("SeatsIT", "wouldCatch").proving("OVERSELL").quarantined());

        assertThat(RiskGate.violations(map)).hasSize(2).allMatch(v -> v.startsWith("OVERSELL: "));
    }

    @Test
    void saysTheTestsMayHaveBeenSkippedWhenThereAreNoRecordsAtAll() {
        assertThatThrownBy(() -> RiskGate.check(mapOf(), true))
                .hasMessageContaining("OVERSELL: no passing, non-quarantined guard at the DATABASE boundary "
                        + "(an integration test); there is no guard at all")
                .hasMessageContaining("no test records at all: were the tests skipped?");
    }

    @Test
    void reportsWithoutFailingWhenEnforcementIsOff() {
        RiskMap map = mapOf(aTest("PriceTest", "a").guarding("PRICE"));

        assertThat(RiskGate.check(map, false)).contains("OVERSELL: no passing", "OVERSELL: its kinds",
                "-Droster.riskmap.enforce=false");
    }
}
