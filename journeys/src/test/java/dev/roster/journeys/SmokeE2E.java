package dev.roster.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.smoke.Smoke;
import dev.roster.testkit.invariants.PurchaseInvariants;
import dev.roster.testkit.invariants.SandboxCharges;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code ./roster smoke} against the real jars (the journeys' one {@link RosterSystem}, each jar its own
 * process on loopback), as an operator runs it after a deployment: every check passes, the purchase
 * included, and leaves the data consistent; against an address where nothing listens it fails at
 * the first check and says which.
 *
 * <p>The time limit is raised from the default 30 s: a just-started JVM on a busy build machine is
 * slower than a warm deployment, and this test is about what the smoke checks, not how fast.
 */
@Guards(Risk.CRITICAL_JOURNEY_BROKEN)
@ExtendWith(RunningRoster.class)
class SmokeE2E {

    private static RosterSystem system;

    /**
     * The journeys' one running system (all three jars); a course of its own makes sure the catalog
     * has one open with a free seat, whatever other journeys did before.
     */
    @BeforeAll
    static void startTheSystem(RosterSystem running) throws Exception {
        system = running;
        new Api(running.url()).openCourse("SMOKE-" + UUID.randomUUID().toString().substring(0, 8), "Smoke-tested course",
                "50.00", 5);
    }

    @Test
    void passesEveryCheckIncludingAPurchaseAndItsCancel() throws Exception {
        Run smoke = smoke(system.url(), "--purchase", "--time-limit", "120");

        assertThat(smoke.exit()).as(smoke.output()).isEqualTo(Smoke.PASSED);
        assertThat(smoke.output()).contains(
                "ok    readiness", "ok    catalog", "ok    front page", "ok    sign-up", "ok    log-in",
                "ok    quote", "ok    purchase", "ok    purchase replay", "ok    cancel", "ok    log-out",
                "smoke: all ");
        assertThat(smoke.output()).doesNotContain("FAIL");
        PurchaseInvariants.assertHold(system.enrollmentDatabase().dataSource(),
                SandboxCharges.fetch(URI.create(system.sandboxUrl()), RosterSystem.SANDBOX_KEY));
    }

    @Test
    void failsAtTheFirstCheckNamingItWhenNothingAnswers() {
        String nowhere = "http://127.0.0.1:" + RunningJar.freePort();

        Run smoke = smoke(nowhere, "--purchase");

        assertThat(smoke.exit()).as(smoke.output()).isEqualTo(Smoke.FAILED);
        assertThat(smoke.output()).contains("FAIL  readiness", "GET /readyz: cannot connect to " + nowhere,
                "smoke: FAILED after 0 checks passed");
        assertThat(smoke.output()).doesNotContain("catalog");
    }

    private record Run(int exit, String output) {
    }

    private static Run smoke(String... args) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = Smoke.run(List.of(args), new PrintStream(printed, true, StandardCharsets.UTF_8));
        return new Run(exit, printed.toString(StandardCharsets.UTF_8));
    }
}
