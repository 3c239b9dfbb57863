package dev.roster.enrollment.purchase.application;

/**
 * Where purchase and reconciliation outcomes are reported, for operators (port; the adapter counts
 * them). Each is reported once, where it is decided: a purchase when its answer is stored under its key
 * (a replay of that answer is not a purchase), a pending payment when reconciliation resolved it.
 */
public interface PurchaseOutcomes {

    void purchaseEnded(PurchaseOutcome outcome);

    void pendingPaymentReconciled(ReconciliationOutcome outcome);
}
