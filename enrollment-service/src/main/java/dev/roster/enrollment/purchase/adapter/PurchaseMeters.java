package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.purchase.application.PurchaseOutcome;
import dev.roster.enrollment.purchase.application.PurchaseOutcomes;
import dev.roster.enrollment.purchase.application.ReconciliationOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;

/**
 * The counters of purchase outcomes (Prometheus names in brackets):
 * <ul>
 *   <li>{@value #PURCHASES} ({@code roster_purchases_total}) tagged {@code outcome}: confirmed, declined,
 *       pending, or why it was refused ({@link PurchaseOutcome}); a replayed answer is not counted again;</li>
 *   <li>{@value #RECONCILIATIONS} ({@code roster_reconciliations_total}) tagged {@code outcome}: what
 *       reconciliation made of each pending payment it looked at ({@link ReconciliationOutcome}).</li>
 * </ul>
 * Every outcome's series is registered when the service starts, at 0: a dashboard's rate of declined
 * purchases, or an alert on it, has a series before the first decline.
 */
final class PurchaseMeters implements PurchaseOutcomes {

    static final String PURCHASES = "roster.purchases";
    static final String RECONCILIATIONS = "roster.reconciliations";

    private final Map<PurchaseOutcome, Counter> purchases = new EnumMap<>(PurchaseOutcome.class);
    private final Map<ReconciliationOutcome, Counter> reconciliations = new EnumMap<>(ReconciliationOutcome.class);

    PurchaseMeters(MeterRegistry registry) {
        for (PurchaseOutcome outcome : PurchaseOutcome.values()) {
            purchases.put(outcome, Counter.builder(PURCHASES)
                    .description("Purchase requests by how they ended; a replayed answer is not counted again")
                    .tag("outcome", outcome.tag())
                    .register(registry));
        }
        for (ReconciliationOutcome outcome : ReconciliationOutcome.values()) {
            reconciliations.put(outcome, Counter.builder(RECONCILIATIONS)
                    .description("Pending payments reconciliation looked at, by what it made of them")
                    .tag("outcome", outcome.tag())
                    .register(registry));
        }
    }

    @Override
    public void purchaseEnded(PurchaseOutcome outcome) {
        purchases.get(outcome).increment();
    }

    @Override
    public void pendingPaymentReconciled(ReconciliationOutcome outcome) {
        reconciliations.get(outcome).increment();
    }
}
