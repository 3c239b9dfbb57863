package dev.roster.enrollment.payment.application;

import dev.roster.enrollment.payment.domain.ChargeOutcome;
import dev.roster.enrollment.payment.domain.ChargeRequest;
import dev.roster.enrollment.payment.domain.ProviderCharge;
import dev.roster.enrollment.payment.domain.RefundOutcome;
import java.util.Optional;

/**
 * The external payment provider (port). Implementations retry only with the same idempotency key,
 * keep within a time budget, and never throw for a slow or failing provider: they answer
 * {@code Unknown} instead.
 */
public interface PaymentGateway {

    ChargeOutcome charge(ChargeRequest request);

    /**
     * The charge made with this idempotency key, if any.
     *
     * @throws ProviderUnavailableException when the provider cannot be asked right now
     */
    Optional<ProviderCharge> findCharge(String idempotencyKey);

    /** Refunds a succeeded charge in full; the idempotency key makes retries safe. */
    RefundOutcome refund(String chargeId, String idempotencyKey);
}
