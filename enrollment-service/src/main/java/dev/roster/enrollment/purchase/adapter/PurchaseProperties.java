package dev.roster.enrollment.purchase.adapter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The purchase and its reconciliation, {@code roster.purchase.*}.
 *
 * @param hold                     how long a seat is held for a payment whose outcome is unknown
 * @param reconciliationEnabled    whether this instance runs the reconciliation job
 * @param reconciliationInterval   pause between reconciliation runs
 * @param reconciliationMinAge     pending enrollments younger than this may still have their request in flight
 * @param reconciliationLease      how long one instance holds the rows it claimed
 * @param reconciliationBatch      rows claimed per run
 * @param lateChargeWindow         how long after an enrollment expired unpaid reconciliation still asks the
 *                                 provider for a late charge to refund (the provider's idempotency-key lifetime)
 */
@Validated
@ConfigurationProperties("roster.purchase")
public record PurchaseProperties(
        @DefaultValue("15m") @NotNull @DurationMin(seconds = 1) Duration hold,
        @DefaultValue("true") boolean reconciliationEnabled,
        @DefaultValue("30s") @NotNull @DurationMin(seconds = 1) Duration reconciliationInterval,
        @DefaultValue("30s") @NotNull @DurationMin(seconds = 0) Duration reconciliationMinAge,
        @DefaultValue("60s") @NotNull @DurationMin(seconds = 1) Duration reconciliationLease,
        @DefaultValue("50") @Min(1) @Max(1000) int reconciliationBatch,
        @DefaultValue("24h") @NotNull @DurationMin(seconds = 0) Duration lateChargeWindow) {
}
