package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.purchase.domain.Enrollment;

/** How a purchase ended for now: confirmed, declined, or pending an outcome only reconciliation can learn. */
public sealed interface PurchaseResult {

    Enrollment enrollment();

    record Confirmed(Enrollment enrollment) implements PurchaseResult {
    }

    record Declined(Enrollment enrollment) implements PurchaseResult {
    }

    record Pending(Enrollment enrollment) implements PurchaseResult {
    }
}
