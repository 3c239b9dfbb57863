package dev.roster.enrollment.purchase.adapter;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param hold                     how long a seat is held for a payment whose outcome is unknown
 * @param reconciliationEnabled    whether this instance runs the reconciliation job
 * @param reconciliationInterval   pause between reconciliation runs
 * @param reconciliationMinAge     pending enrollments younger than this may still have their request in flight
 * @param reconciliationLease      how long one instance holds the rows it claimed
 * @param reconciliationBatch      rows claimed per run
 * @param lateChargeWindow         how long after an enrollment expired unpaid reconciliation still asks the
 *                                 provider for a late charge to refund (the provider's idempotency-key lifetime)
 */
@ConfigurationProperties("roster.purchase")
public record PurchaseProperties(
        @DefaultValue("15m") Duration hold,
        @DefaultValue("true") boolean reconciliationEnabled,
        @DefaultValue("30s") Duration reconciliationInterval,
        @DefaultValue("30s") Duration reconciliationMinAge,
        @DefaultValue("60s") Duration reconciliationLease,
        @DefaultValue("50") int reconciliationBatch,
        @DefaultValue("24h") Duration lateChargeWindow) {
}
