package dev.roster.enrollment.purchase.application;

import java.util.ArrayList;
import java.util.List;

/** The outcomes the use cases reported, in order, for tests to read (the metrics adapter counts them). */
public final class RecordedOutcomes implements PurchaseOutcomes {

    private final List<PurchaseOutcome> purchases = new ArrayList<>();
    private final List<ReconciliationOutcome> reconciliations = new ArrayList<>();

    @Override
    public synchronized void purchaseEnded(PurchaseOutcome outcome) {
        purchases.add(outcome);
    }

    @Override
    public synchronized void pendingPaymentReconciled(ReconciliationOutcome outcome) {
        reconciliations.add(outcome);
    }

    public synchronized List<PurchaseOutcome> purchases() {
        return List.copyOf(purchases);
    }

    public synchronized List<ReconciliationOutcome> reconciliations() {
        return List.copyOf(reconciliations);
    }
}
