package dev.roster.paymentsandbox.charges.domain;

import static dev.roster.paymentsandbox.charges.domain.ChargeParamsFixtures.aCharge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.paymentsandbox.shared.SandboxError;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChargeTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aSucceededChargeIsPaidAndNotRefunded() {
        Charge charge = Charge.succeeded("ch_1", aCharge().withAmount(12_50).build(), "key-1", NOW);

        assertThat(charge.status()).isEqualTo(ChargeStatus.SUCCEEDED);
        assertThat(charge.paid()).isTrue();
        assertThat(charge.refunded()).isFalse();
        assertThat(charge.failureCode()).isNull();
        assertThat(charge.amount()).isEqualTo(12_50);
        assertThat(charge.idempotencyKey()).isEqualTo("key-1");
        assertThat(charge.refundRefusal()).isEmpty();
    }

    @Test
    void aDeclinedChargeFailedWithCardDeclinedAndIsNotPaid() {
        Charge charge = Charge.declined("ch_1", aCharge().build(), "key-1", NOW);

        assertThat(charge.status()).isEqualTo(ChargeStatus.FAILED);
        assertThat(charge.status().wireName()).isEqualTo("failed");
        assertThat(charge.paid()).isFalse();
        assertThat(charge.failureCode()).isEqualTo("card_declined");
    }

    @Test
    void refundingMarksARefundedCopyAndLeavesTheOriginalAlone() {
        Charge charge = Charge.succeeded("ch_1", aCharge().build(), "key-1", NOW);

        Charge refunded = charge.asRefunded();

        assertThat(refunded.refunded()).isTrue();
        assertThat(refunded.paid()).isTrue();
        assertThat(charge.refunded()).isFalse();
        assertThat(refunded).usingRecursiveComparison().ignoringFields("refunded").isEqualTo(charge);
    }

    @Test
    void refusesToRefundARefundedCharge() {
        Charge refunded = Charge.succeeded("ch_1", aCharge().build(), "key-1", NOW).asRefunded();

        assertThat(refunded.refundRefusal()).get()
                .extracting(SandboxError::code, SandboxError::param)
                .containsExactly("charge_already_refunded", "charge");
        assertThatThrownBy(refunded::asRefunded).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesToRefundAFailedCharge() {
        Charge declined = Charge.declined("ch_1", aCharge().build(), "key-1", NOW);

        assertThat(declined.refundRefusal()).get()
                .extracting(SandboxError::code).isEqualTo("charge_not_refundable");
        assertThatThrownBy(declined::asRefunded).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAFailedChargeHasAFailureCode() {
        assertThatThrownBy(() -> new Charge("ch_1", 1, "eur", "tok_visa", null, ChargeStatus.SUCCEEDED,
                "card_declined", "k", NOW, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Charge("ch_1", 1, "eur", "tok_visa", null, ChargeStatus.FAILED,
                null, "k", NOW, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Charge("ch_1", 1, "eur", "tok_visa", null, ChargeStatus.FAILED,
                "card_declined", "k", NOW, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefundIsOfTheWholeCharge() {
        Charge charge = Charge.succeeded("ch_1", aCharge().withAmount(49_000).build(), "key-1", NOW);

        assertThat(Refund.of("re_1", charge)).isEqualTo(new Refund("re_1", "ch_1", 49_000));
    }
}
