package dev.roster.testkit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import dev.roster.testkit.risk.recorded.GuardedCasesTest;
import dev.roster.testkit.risk.recorded.MarkedCasesTest;
import dev.roster.testkit.risk.recorded.RuleFieldsTest;
import dev.roster.testkit.risk.recorded.UnguardedCasesIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs real tests through the JUnit Platform with the listener attached and reads what it wrote. */
class TestRecordListenerIT {

    @TempDir
    Path recordsDir;

    private final AtomicLong clock = new AtomicLong();
    private List<JsonNode> records;

    @BeforeEach
    void runRecordedCases() throws IOException {
        // each call of the clock advances 5 ms, so every test's duration is exactly 5 ms
        var listener = new TestRecordListener(recordsDir, () -> clock.getAndAdd(5_000_000));
        var launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestExecutionListeners(listener)
                .build());
        launcher.execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(GuardedCasesTest.class), selectClass(UnguardedCasesIT.class),
                        selectClass(RuleFieldsTest.class), selectClass(MarkedCasesTest.class))
                .build());
        try (var files = Files.list(recordsDir)) {
            List<Path> written = files.toList();
            assertThat(written).hasSize(1);
            var mapper = JsonMapper.builder().build();
            records = Files.readAllLines(written.getFirst()).stream().map(mapper::readTree).toList();
        }
    }

    @Test
    void recordsEveryTestRunOnce() {
        assertThat(records).extracting(r -> r.get("testName").asString()).containsExactlyInAnyOrder(
                "passesAndGuardsTwoRisks", "failsOnPurpose", "isSkipped",
                "runsTwice case 1", "runsTwice case 2", "takesItsLevelFromTheOuterClass", "recordedCasesUseNoJdbc",
                "provesTwoRisks", "isQuarantinedItself", "inheritsTheQuarantineOfItsClass");
    }

    @Test
    void recordsTheOutcomeOfEachTest() {
        assertThat(recordNamed("passesAndGuardsTwoRisks").get("outcome").asString()).isEqualTo("SUCCESSFUL");
        assertThat(recordNamed("failsOnPurpose").get("outcome").asString()).isEqualTo("FAILED");
        assertThat(recordNamed("isSkipped").get("outcome").asString()).isEqualTo("SKIPPED");
    }

    @Test
    void combinesRisksMarkedOnTheMethodAndItsClass() {
        assertThat(recordNamed("passesAndGuardsTwoRisks").get("risks").valueStream().map(JsonNode::asString))
                .containsExactly("DUPLICATE_ENROLLMENT", "OVERSELL");
        assertThat(recordNamed("failsOnPurpose").get("risks").valueStream().map(JsonNode::asString))
                .containsExactly("OVERSELL");
        assertThat(recordNamed("runsTwice case 1").get("risks").isEmpty()).isTrue();
    }

    @Test
    void readsTheLevelOffTheClassName() {
        assertThat(recordNamed("passesAndGuardsTwoRisks").get("level").asString()).isEqualTo("UNIT");
        assertThat(recordNamed("runsTwice case 2").get("level").asString()).isEqualTo("INTEGRATION");
        assertThat(recordNamed("takesItsLevelFromTheOuterClass").get("level").asString()).isEqualTo("INTEGRATION");
        assertThat(recordNamed("takesItsLevelFromTheOuterClass").get("testClass").asString())
                .isEqualTo(UnguardedCasesIT.Inner.class.getName());
    }

    @Test
    void measuresDurationWithTheInjectedClock() {
        assertThat(recordNamed("passesAndGuardsTwoRisks").get("durationMs").asLong()).isEqualTo(5);
        assertThat(recordNamed("isSkipped").get("durationMs").asLong()).isZero();
    }

    @Test
    void recordsTestsThatAreNoMethodsUnderTheirClass() {
        JsonNode rule = recordNamed("recordedCasesUseNoJdbc");

        assertThat(rule.get("testClass").asString()).isEqualTo(RuleFieldsTest.class.getName());
        assertThat(rule.get("level").asString()).isEqualTo("UNIT");
        assertThat(rule.get("outcome").asString()).isEqualTo("SUCCESSFUL");
        assertThat(rule.get("risks").valueStream().map(JsonNode::asString)).containsExactly("WRONG_STATUS_OR_SHAPE");
    }

    @Test
    void recordsABrokenVariantProofAsAProofOnlyWhateverGuardsItOrItsClassCarry() {
        JsonNode proof = recordNamed("provesTwoRisks");

        assertThat(proof.get("proves").valueStream().map(JsonNode::asString))
                .containsExactly("OVERSELL", "DUPLICATE_SIGNUP_EMAIL");
        assertThat(proof.get("risks").isEmpty()).as("a proof guards nothing").isTrue();
        assertThat(recordNamed("isQuarantinedItself").get("risks").valueStream().map(JsonNode::asString))
                .as("the class's mark still guards its other tests").containsExactly("PRICING_RULE_WRONG");
        assertThat(recordNamed("passesAndGuardsTwoRisks").get("proves").isEmpty()).isTrue();
        assertThat(recordNamed("recordedCasesUseNoJdbc").get("proves").isEmpty()).isTrue();
    }

    @Test
    void recordsTheQuarantineOfATestWithItsReasonAndDate() {
        JsonNode quarantine = recordNamed("isQuarantinedItself").get("quarantine");

        assertThat(quarantine.get("reason").asString()).isEqualTo("fails one run in ten on a slow machine");
        assertThat(quarantine.get("since").asString()).isEqualTo("2026-12-01");
        assertThat(recordNamed("isQuarantinedItself").get("outcome").asString()).isEqualTo("SUCCESSFUL");
    }

    @Test
    void recordsTheQuarantineOfTheClassOnItsTests() {
        assertThat(recordNamed("inheritsTheQuarantineOfItsClass").get("quarantine").get("since").asString())
                .isEqualTo("2026-11-30");
        assertThat(recordNamed("provesTwoRisks").get("quarantine").isNull()).isTrue();
    }

    private JsonNode recordNamed(String name) {
        return records.stream().filter(r -> r.get("testName").asString().equals(name)).findFirst().orElseThrow();
    }
}
