package dev.roster.paymentsandbox.charges.application;

import static dev.roster.paymentsandbox.charges.domain.ChargeParamsFixtures.aCharge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.paymentsandbox.charges.application.IdempotencyKeys.Claim;
import dev.roster.paymentsandbox.charges.domain.Charge;
import dev.roster.paymentsandbox.charges.domain.ChargeParams;
import dev.roster.paymentsandbox.charges.domain.RefundParams;
import dev.roster.paymentsandbox.shared.SandboxError;
import dev.roster.paymentsandbox.shared.SandboxException;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@Guards(Risk.RETRY_DOUBLE_CHARGE)
class IdempotencyKeysTest {

    final IdempotencyKeys keys = new IdempotencyKeys();
    final ChargeParams params = aCharge().build();
    final Outcome outcome = new Outcome.ChargeSucceeded(
            Charge.succeeded("ch_1", params, "k1", Instant.parse("2026-03-01T10:00:00Z")));

    @Test
    void grantsANewKeyAndHoldsItInProgress() {
        assertThat(keys.claim("k1", params)).isEqualTo(new Claim.Granted());
        assertThat(keys.isInProgress("k1")).isTrue();
        assertThat(keys.isInProgress("k2")).isFalse();
    }

    @Test
    void refusesAKeyWhileItsFirstRequestIsInProgressWhateverTheParameters() {
        keys.claim("k1", params);

        assertRefused(() -> keys.claim("k1", params), SandboxError.Kind.REQUEST_IN_PROGRESS, "request_in_progress");
        assertRefused(() -> keys.claim("k1", aCharge().withAmount(1).build()),
                SandboxError.Kind.REQUEST_IN_PROGRESS, "request_in_progress");
    }

    @Test
    void replaysTheStoredOutcomeForTheSameParameters() {
        keys.claim("k1", params);
        keys.complete("k1", outcome);

        assertThat(keys.claim("k1", aCharge().build())).isEqualTo(new Claim.Replay(outcome));
        assertThat(keys.claim("k1", aCharge().build())).isEqualTo(new Claim.Replay(outcome));
        assertThat(keys.isInProgress("k1")).isFalse();
    }

    @Test
    void refusesACompletedKeyWithOtherParameters() {
        keys.claim("k1", params);
        keys.complete("k1", outcome);

        assertRefused(() -> keys.claim("k1", aCharge().withAmount(48_999).build()),
                SandboxError.Kind.IDEMPOTENCY_MISMATCH, null);
    }

    @Test
    void refusesAChargeKeyForARefund() {
        keys.claim("k1", params);
        keys.complete("k1", outcome);

        assertRefused(() -> keys.claim("k1", new RefundParams("ch_1")), SandboxError.Kind.IDEMPOTENCY_MISMATCH, null);
    }

    @Test
    void aReleasedKeyRunsAfreshEvenWithOtherParameters() {
        keys.claim("k1", params);
        keys.release("k1");

        assertThat(keys.isInProgress("k1")).isFalse();
        assertThat(keys.claim("k1", aCharge().withAmount(1).build())).isEqualTo(new Claim.Granted());
    }

    @Test
    void releasingACompletedKeyKeepsItsOutcome() {
        keys.claim("k1", params);
        keys.complete("k1", outcome);

        keys.release("k1");

        assertThat(keys.claim("k1", params)).isEqualTo(new Claim.Replay(outcome));
    }

    @Test
    void completesOnlyAKeyThatIsInProgress() {
        assertThatThrownBy(() -> keys.complete("k1", outcome)).isInstanceOf(IllegalStateException.class);
        keys.claim("k1", params);
        keys.complete("k1", outcome);
        assertThatThrownBy(() -> keys.complete("k1", outcome)).isInstanceOf(IllegalStateException.class);
    }

    private static void assertRefused(Runnable claim, SandboxError.Kind kind, String code) {
        assertThatThrownBy(claim::run).isInstanceOfSatisfying(SandboxException.class, refused -> {
            assertThat(refused.error().kind()).isEqualTo(kind);
            assertThat(refused.error().type()).isEqualTo("idempotency_error");
            assertThat(refused.error().code()).isEqualTo(code);
        });
    }
}
