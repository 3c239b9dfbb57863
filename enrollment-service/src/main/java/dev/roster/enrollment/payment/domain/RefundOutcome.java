package dev.roster.enrollment.payment.domain;

/** What the provider said about a refund; {@link Unknown} is resolved later by reconciliation. */
public sealed interface RefundOutcome {

    record Refunded(String refundId) implements RefundOutcome {
    }

    record Unknown(String reason) implements RefundOutcome {
    }
}
