package dev.roster.enrollment.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.payment.domain.ChargeOutcome;
import dev.roster.enrollment.payment.domain.ChargeRequest;
import dev.roster.enrollment.payment.domain.ProviderCharge;
import dev.roster.enrollment.payment.domain.RefundOutcome;
import dev.roster.enrollment.shared.Money;
import dev.roster.testkit.invariants.ProviderChargeRecord;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The promises of the {@link PaymentGateway} port, with the sandbox's test tokens, run against the
 * in-memory fake ({@link FakePaymentGatewayTest}) and the HTTP adapter talking to the real payment-sandbox
 * (HttpPaymentGatewayContractIT). The application tests trust the fake; this keeps it honest.
 */
public abstract class PaymentGatewayContract {

    protected static final Money PRICE = Money.of(49_00, "EUR");

    /** The gateway under test. */
    protected abstract PaymentGateway gateway();

    /** Every charge the provider behind the gateway holds, as the invariants read them. */
    protected abstract List<ProviderChargeRecord> providerCharges();

    @Test
    void chargesTheTestCardAndFindsTheChargeByItsKey() {
        String key = newKey();

        ChargeOutcome outcome = gateway().charge(request(key, "tok_visa"));

        String chargeId = succeededId(outcome);
        assertThat(gateway().findCharge(key))
                .contains(new ProviderCharge(chargeId, key, ProviderCharge.Status.SUCCEEDED, PRICE, false));
    }

    @Test
    void declinesTheDeclinedCardAndRecordsAFailedCharge() {
        String key = newKey();

        ChargeOutcome outcome = gateway().charge(request(key, "tok_chargeDeclined"));

        assertThat(outcome).isInstanceOfSatisfying(ChargeOutcome.Declined.class, declined -> {
            assertThat(declined.reason()).isEqualTo("card_declined");
            assertThat(gateway().findCharge(key)).contains(
                    new ProviderCharge(declined.chargeId(), key, ProviderCharge.Status.FAILED, PRICE, false));
        });
    }

    @Test
    @Guards({Risk.PAYMENT_TIMEOUT_AMBIGUOUS, Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY})
    void answersUnknownForASlowChargeThatReconciliationThenFinds() {
        String key = newKey();

        ChargeOutcome outcome = gateway().charge(request(key, "tok_slow"));

        assertThat(outcome).isInstanceOf(ChargeOutcome.Unknown.class);
        assertThat(gateway().findCharge(key)).hasValueSatisfying(charge -> {
            assertThat(charge.status()).isEqualTo(ProviderCharge.Status.SUCCEEDED);
            assertThat(charge.amount()).isEqualTo(PRICE);
        });
        assertThat(chargesUnder(key)).hasSize(1);
    }

    @Test
    @Guards({Risk.RETRY_DOUBLE_CHARGE, Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY})
    void succeedsWithOneChargeWhenTheProviderFailsFirstAttempts() {
        String key = newKey();

        ChargeOutcome outcome = gateway().charge(request(key, "tok_flaky"));

        String chargeId = succeededId(outcome);
        assertThat(chargesUnder(key)).singleElement().satisfies(charge -> {
            assertThat(charge.id()).isEqualTo(chargeId);
            assertThat(charge.succeeded()).isTrue();
        });
    }

    @Test
    @Guards(Risk.RETRY_DOUBLE_CHARGE)
    void answersARetryWithTheSameKeyWithTheSameChargeAndChargesOnce() {
        String key = newKey();

        ChargeOutcome first = gateway().charge(request(key, "tok_visa"));
        ChargeOutcome retry = gateway().charge(request(key, "tok_visa"));

        assertThat(retry).isEqualTo(first).isInstanceOf(ChargeOutcome.Succeeded.class);
        assertThat(chargesUnder(key)).singleElement()
                .satisfies(charge -> assertThat(charge.amountMinor()).isEqualTo(PRICE.amountMinor()));
    }

    @Test
    @Guards(Risk.RETRY_DOUBLE_CHARGE)
    void answersARetriedDeclineWithTheSameDecline() {
        String key = newKey();

        ChargeOutcome first = gateway().charge(request(key, "tok_chargeDeclined"));
        ChargeOutcome retry = gateway().charge(request(key, "tok_chargeDeclined"));

        assertThat(retry).isEqualTo(first).isInstanceOf(ChargeOutcome.Declined.class);
        assertThat(chargesUnder(key)).hasSize(1);
    }

    @Test
    void declinesAnUnknownTokenAsAnInvalidRequestAndChargesNothing() {
        String key = newKey();

        ChargeOutcome outcome = gateway().charge(request(key, "tok_madeUp"));

        assertThat(outcome).isInstanceOfSatisfying(ChargeOutcome.Declined.class,
                declined -> assertThat(declined.reason()).isEqualTo("invalid_request"));
        assertThat(gateway().findCharge(key)).isEmpty();
    }

    @Test
    @Guards(Risk.REFUND_LOST_OR_DOUBLED)
    void refundsASucceededChargeAndTheChargeShowsRefunded() {
        String key = newKey();
        String chargeId = succeededId(gateway().charge(request(key, "tok_visa")));

        RefundOutcome outcome = gateway().refund(chargeId, "refund-" + key);

        assertThat(outcome).isInstanceOf(RefundOutcome.Refunded.class);
        assertThat(gateway().findCharge(key)).hasValueSatisfying(charge -> assertThat(charge.refunded()).isTrue());
    }

    @Test
    @Guards({Risk.REFUND_LOST_OR_DOUBLED, Risk.RETRY_DOUBLE_CHARGE})
    void answersARetriedRefundWithTheSameRefund() {
        String key = newKey();
        String chargeId = succeededId(gateway().charge(request(key, "tok_visa")));

        RefundOutcome first = gateway().refund(chargeId, "refund-" + key);
        RefundOutcome retry = gateway().refund(chargeId, "refund-" + key);

        assertThat(retry).isEqualTo(first).isInstanceOf(RefundOutcome.Refunded.class);
    }

    @Test
    @Guards(Risk.REFUND_LOST_OR_DOUBLED)
    void treatsARefundUnderAnotherKeyOfARefundedChargeAsRefunded() {
        String key = newKey();
        String chargeId = succeededId(gateway().charge(request(key, "tok_visa")));
        gateway().refund(chargeId, "refund-" + key);

        RefundOutcome again = gateway().refund(chargeId, "another-refund-" + key);

        assertThat(again).isInstanceOf(RefundOutcome.Refunded.class);
        assertThat(chargesUnder(key)).singleElement().satisfies(charge -> assertThat(charge.refunded()).isTrue());
    }

    @Test
    @Guards(Risk.PAYMENT_TIMEOUT_AMBIGUOUS)
    void findsNoChargeForAKeyNeverCharged() {
        assertThat(gateway().findCharge(newKey())).isEmpty();
    }

    private List<ProviderChargeRecord> chargesUnder(String key) {
        return providerCharges().stream().filter(charge -> charge.idempotencyKey().equals(key)).toList();
    }

    private static String succeededId(ChargeOutcome outcome) {
        assertThat(outcome).isInstanceOf(ChargeOutcome.Succeeded.class);
        return ((ChargeOutcome.Succeeded) outcome).chargeId();
    }

    private static ChargeRequest request(String key, String token) {
        return new ChargeRequest(key, PRICE, token, "Roster: contract");
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
