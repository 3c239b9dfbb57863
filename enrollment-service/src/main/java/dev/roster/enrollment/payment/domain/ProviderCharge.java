package dev.roster.enrollment.payment.domain;

import dev.roster.enrollment.shared.Money;

/** A charge as the provider records it, found by its idempotency key during reconciliation. */
public record ProviderCharge(String id, String idempotencyKey, Status status, Money amount, boolean refunded) {

    public enum Status {
        SUCCEEDED, FAILED
    }
}
