package dev.roster.enrollment.payment.domain;

import dev.roster.enrollment.shared.Money;
import java.util.Objects;

/**
 * A charge to ask the provider for.
 *
 * @param idempotencyKey the provider's idempotency key: the enrollment id, so every retry of one
 *                       purchase can only ever make one charge
 * @param amount         what to charge, never negative
 * @param paymentToken   the card token the learner's client obtained from the provider
 * @param description    shown on the learner's statement
 */
public record ChargeRequest(String idempotencyKey, Money amount, String paymentToken, String description) {

    public ChargeRequest {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(paymentToken, "paymentToken");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("cannot charge a negative amount: " + amount);
        }
    }

    @Override
    public String toString() {
        return "ChargeRequest[idempotencyKey=" + idempotencyKey + ", amount=" + amount + ", paymentToken=***]";
    }
}
