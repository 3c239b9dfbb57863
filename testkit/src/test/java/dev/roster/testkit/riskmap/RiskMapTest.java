package dev.roster.testkit.riskmap;

import static dev.roster.testkit.riskmap.Records.aTest;
import static dev.roster.testkit.riskmap.Records.race;
import static dev.roster.testkit.riskmap.Records.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.testkit.risk.Boundary;
import dev.roster.testkit.risk.TestLevel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskMapTest {

    private static RiskEntry judge(RiskDefinition risk, Records.Builder... tests) {
        RiskMap map = RiskMap.build(List.of(risk), java.util.Arrays.stream(tests).map(Records.Builder::build).toList());
        return map.risks().getFirst();
    }

    @Test
    void aRiskWithAPassingGuardAtItsBoundaryIsGuarded() {
        RiskEntry entry = judge(rule("PRICE", Boundary.DOMAIN), aTest("PriceTest", "roundsHalfUp").guarding("PRICE"));

        assertThat(entry.verdict()).isEqualTo(Verdict.GUARDED);
        assertThat(entry.problems()).isEmpty();
        assertThat(entry.guards()).extracting(RecordedTest::testName).containsExactly("roundsHalfUp");
    }

    @Test
    void aRiskWithNoGuardAtAllMissesItsGuard() {
        RiskEntry entry = judge(rule("PRICE", Boundary.DOMAIN), aTest("OtherTest", "x").guarding("OTHER"));

        assertThat(entry.verdict()).isEqualTo(Verdict.MISSING_GUARD_AT_BOUNDARY);
        assertThat(entry.problems()).singleElement().asString()
                .contains("no passing, non-quarantined guard at the DOMAIN boundary (a unit test)", "no guard at all");
    }

    @Test
    void aGuardAtAnOuterLevelIsShownButDoesNotCount() {
        RiskEntry entry = judge(rule("PRICE", Boundary.DOMAIN), aTest("QuoteEndpointIT", "quotes").guarding("PRICE"));

        assertThat(entry.verdict()).isEqualTo(Verdict.MISSING_GUARD_AT_BOUNDARY);
        assertThat(entry.guards()).hasSize(1);
        assertThat(entry.atBoundary(entry.guards().getFirst())).isFalse();
        assertThat(entry.problems().getFirst()).contains("found only QuoteEndpointIT.quotes (integration, successful)");
    }

    @Test
    void listsManyGuardsOfOneClassOnceWithTheirCount() {
        RiskEntry entry = judge(rule("PRICE", Boundary.DOMAIN),
                aTest("QuoteIT", "a").guarding("PRICE"), aTest("QuoteIT", "b").guarding("PRICE"),
                aTest("PriceTest", "c").guarding("PRICE").skipped());

        assertThat(entry.problems().getFirst())
                .endsWith("found only QuoteIT ×2 (integration, successful), PriceTest.c (unit, skipped)");
    }

    @Test
    void aQuarantinedGuardNeverCounts() {
        RiskEntry entry = judge(rule("OVERSELL", Boundary.DATABASE),
                aTest("SeatsIT", "holdsUnderLoad").guarding("OVERSELL").quarantined());

        assertThat(entry.verdict()).isEqualTo(Verdict.MISSING_GUARD_AT_BOUNDARY);
        assertThat(entry.problems().getFirst()).contains("SeatsIT.holdsUnderLoad (integration, quarantined)");
    }

    @Test
    void aSkippedGuardDoesNotCount() {
        RiskEntry entry = judge(rule("OVERSELL", Boundary.DATABASE),
                aTest("SeatsIT", "holds").guarding("OVERSELL").skipped());

        assertThat(entry.verdict()).isEqualTo(Verdict.MISSING_GUARD_AT_BOUNDARY);
    }

    @Test
    void aFailingGuardMakesTheRiskFailingEvenBesideAPassingOne() {
        RiskEntry entry = judge(rule("OVERSELL", Boundary.DATABASE),
                aTest("SeatsIT", "holds").guarding("OVERSELL"),
                aTest("SeatsIT", "holdsTwice").guarding("OVERSELL").failed());

        assertThat(entry.verdict()).isEqualTo(Verdict.FAILING);
        assertThat(entry.problems()).containsExactly("failing: SeatsIT.holdsTwice");
    }

    @Test
    void aFailingQuarantinedGuardIsNotFailing() {
        RiskEntry entry = judge(rule("OVERSELL", Boundary.DATABASE),
                aTest("SeatsIT", "holds").guarding("OVERSELL"),
                aTest("SeatsIT", "flaky").guarding("OVERSELL").failed().quarantined());

        assertThat(entry.verdict()).isEqualTo(Verdict.GUARDED);
    }

    @Test
    void aRiskWithKindsAndNoProofMissesItsProof() {
        RiskEntry entry = judge(race("OVERSELL", Boundary.DATABASE), aTest("SeatsIT", "holds").guarding("OVERSELL"));

        assertThat(entry.verdict()).isEqualTo(Verdict.MISSING_PROOF);
        assertThat(entry.problems()).singleElement().asString()
                .contains("[CONCURRENCY] need a passing, non-quarantined @BrokenVariantProof", "there is none");
    }

    @Test
    void aQuarantinedOrFailingProofDoesNotProve() {
        RiskEntry entry = judge(race("OVERSELL", Boundary.DATABASE),
                aTest("SeatsIT", "holds").guarding("OVERSELL"),
                aTest("SeatsIT", "wouldCatchReadThenWrite").proving("OVERSELL").quarantined(),
                aTest("SeatsIT", "wouldCatchNoLock").proving("OVERSELL").skipped());

        assertThat(entry.verdict()).isEqualTo(Verdict.MISSING_PROOF);
        assertThat(entry.problems().getFirst())
                .contains("found only SeatsIT.wouldCatchReadThenWrite, SeatsIT.wouldCatchNoLock");
    }

    @Test
    void aGuardAndAPassingProofMakeItGuardedAndProven() {
        RiskEntry entry = judge(race("OVERSELL", Boundary.DATABASE),
                aTest("SeatsIT", "holds").guarding("OVERSELL"),
                aTest("SeatsIT", "wouldCatchReadThenWrite").proving("OVERSELL"));

        assertThat(entry.verdict()).isEqualTo(Verdict.GUARDED_AND_PROVEN);
        assertThat(entry.proofs()).extracting(RecordedTest::testName).containsExactly("wouldCatchReadThenWrite");
    }

    @Test
    void aProofIsNotAGuardEvenWhenItsClassGuardsTheRisk() {
        RiskEntry entry = judge(race("OVERSELL", Boundary.DATABASE),
                aTest("SeatsIT", "wouldCatchReadThenWrite").guarding("OVERSELL").proving("OVERSELL"));

        assertThat(entry.guards()).isEmpty();
        assertThat(entry.verdict()).isEqualTo(Verdict.MISSING_GUARD_AT_BOUNDARY);
    }

    @Test
    void aMissingGuardAndAMissingProofAreBothReported() {
        RiskEntry entry = judge(race("OVERSELL", Boundary.DATABASE));

        assertThat(entry.problems()).hasSize(2);
        assertThat(entry.verdict()).isEqualTo(Verdict.MISSING_GUARD_AT_BOUNDARY);
    }

    @Test
    void aRecordNamingAnUnknownRiskBecomesAnUnknownRiskEntry() {
        RiskMap map = RiskMap.build(List.of(rule("PRICE", Boundary.DOMAIN)), List.of(
                aTest("PriceTest", "x").guarding("PRICE", "RENAMED_LONG_AGO").build(),
                aTest("SeatsIT", "y").proving("NEVER_EXISTED").build()));

        assertThat(map.risks()).extracting(RiskEntry::name, RiskEntry::verdict).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PRICE", Verdict.GUARDED),
                org.assertj.core.groups.Tuple.tuple("NEVER_EXISTED", Verdict.UNKNOWN_RISK),
                org.assertj.core.groups.Tuple.tuple("RENAMED_LONG_AGO", Verdict.UNKNOWN_RISK));
        assertThat(map.problems()).contains(
                "RENAMED_LONG_AGO: named by PriceTest.x but the registry (Risk.java) has no such risk");
        assertThat(map.registeredRisks()).isEqualTo(1);
    }

    @Test
    void countsTheTestsAndTimeOfEachLevel() {
        RiskMap map = RiskMap.build(List.of(), List.of(
                aTest("ATest", "a").taking(3).build(), aTest("BTest", "b").taking(4).build(),
                aTest("SeatsIT", "c").taking(1200).build(), aTest("BuyASeatE2E", "d").taking(9000).build()));

        assertThat(map.levelsInOrder()).containsExactly(
                java.util.Map.entry(TestLevel.UNIT, new RiskMap.LevelCost(2, 7)),
                java.util.Map.entry(TestLevel.INTEGRATION, new RiskMap.LevelCost(1, 1200)),
                java.util.Map.entry(TestLevel.END_TO_END, new RiskMap.LevelCost(1, 9000)));
    }

    @Test
    void summarisesRisksGuardedProvenQuarantinedAndGaps() {
        RiskMap map = RiskMap.build(List.of(rule("PRICE", Boundary.DOMAIN), race("OVERSELL", Boundary.DATABASE),
                rule("API", Boundary.CONTRACT)), List.of(
                aTest("PriceTest", "a").guarding("PRICE").build(),
                aTest("SeatsIT", "b").guarding("OVERSELL").build(),
                aTest("SeatsIT", "c").proving("OVERSELL").build(),
                aTest("ApiPactTest", "d").guarding("API").quarantined().build()));

        assertThat(map.summaryLine()).isEqualTo("risk map: 3 risks, 2 guarded, 1 proven, 1 quarantined tests, 1 gaps");
    }

    @ParameterizedTest(name = "{0} is guarded at {1}")
    @CsvSource({
            "DOMAIN, UNIT", "APPLICATION, UNIT", "DATABASE, INTEGRATION", "WEB, INTEGRATION",
            "PAYMENT_PROVIDER, INTEGRATION", "MESSAGING, INTEGRATION", "WIRING, INTEGRATION", "CONTRACT, CONTRACT", "JOURNEY, END_TO_END",
    })
    void eachBoundaryCountsExactlyTheLevelWhereItsRisksLive(Boundary boundary, TestLevel level) {
        assertThat(BoundaryLevels.countingAt(boundary)).containsExactly(level);
    }
}
