package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.payment.application.PaymentGateway;
import dev.roster.enrollment.payment.application.ProviderUnavailableException;
import dev.roster.enrollment.payment.domain.ProviderCharge;
import dev.roster.enrollment.purchase.domain.Enrollment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves what purchases and cancellations left open by asking the provider: pending payments,
 * charges that landed after their enrollment expired (refunded), and pending refunds. Safe with several
 * instances: each claims its rows with a lease ({@code FOR UPDATE SKIP LOCKED} in the store).
 */
public class ReconciliationService {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationService.class);

    /** Pending enrollments younger than this may still have their request in flight. */
    private final Duration minAge;
    private final Duration lease;
    private final int batchSize;
    /** How long after an enrollment expired unpaid a charge for it may still land at the provider. */
    private final Duration lateChargeWindow;
    private final Enrollments enrollments;
    private final PaymentGateway gateway;
    private final SettlementService settlement;
    private final Clock clock;
    private final PurchaseOutcomes outcomes;

    public ReconciliationService(Enrollments enrollments, PaymentGateway gateway, SettlementService settlement, Clock clock,
                          Duration minAge, Duration lease, int batchSize, Duration lateChargeWindow,
                          PurchaseOutcomes outcomes) {
        this.enrollments = enrollments;
        this.gateway = gateway;
        this.settlement = settlement;
        this.clock = clock;
        this.minAge = minAge;
        this.lease = lease;
        this.batchSize = batchSize;
        this.lateChargeWindow = lateChargeWindow;
        this.outcomes = outcomes;
    }

    public record Report(int confirmed, int rejected, int expired, int stillPending, int lateCharges,
                         int refunded) {
    }

    public Report run() {
        int confirmed = 0;
        int rejected = 0;
        int expired = 0;
        int stillPending = 0;
        for (Enrollment pending : enrollments.claimPending(clock.instant(), minAge, lease, batchSize)) {
            ReconciliationOutcome outcome = switch (resolve(pending).status()) {
                case CONFIRMED -> ReconciliationOutcome.CONFIRMED;
                case REJECTED -> ReconciliationOutcome.REJECTED;
                case EXPIRED -> ReconciliationOutcome.EXPIRED;
                default -> ReconciliationOutcome.RETRY_LATER;
            };
            outcomes.pendingPaymentReconciled(outcome);
            switch (outcome) {
                case CONFIRMED -> confirmed++;
                case REJECTED -> rejected++;
                case EXPIRED -> expired++;
                case RETRY_LATER -> stillPending++;
            }
        }
        int lateCharges = 0;
        for (Enrollment unpaid : enrollments.claimExpiredUnpaid(clock.instant(), lateChargeWindow, lease, batchSize)) {
            if (findLateCharge(unpaid)) {
                lateCharges++;
            }
        }
        int refunded = 0;
        for (Enrollment cancelled : enrollments.claimPendingRefunds(clock.instant(), lease, batchSize)) {
            if (refund(cancelled)) {
                refunded++;
            }
        }
        Report report = new Report(confirmed, rejected, expired, stillPending, lateCharges, refunded);
        if (!report.equals(new Report(0, 0, 0, 0, 0, 0))) {
            log.info("Reconciliation: {}", report);
        }
        return report;
    }

    Enrollment resolve(Enrollment pending) {
        Optional<ProviderCharge> charge;
        try {
            charge = gateway.findCharge(pending.id().toString());
        } catch (ProviderUnavailableException e) {
            log.warn("Reconciliation: provider unavailable for enrollment {}; will try again", pending.id());
            return pending;
        }
        Instant now = clock.instant();
        if (charge.isPresent()) {
            return switch (charge.get().status()) {
                case SUCCEEDED -> settlement.confirm(pending, Optional.of(charge.get().id()));
                case FAILED -> settlement.reject(pending, "payment_declined");
            };
        }
        return pending.holdExpiredAt(now) ? settlement.expire(pending) : pending;
    }

    /**
     * An expired enrollment whose charge landed after all: recorded for refund (the refund loop that
     * follows in the same run carries it out). Unreachable provider: looked at again after the lease.
     */
    boolean findLateCharge(Enrollment expired) {
        Optional<ProviderCharge> charge;
        try {
            charge = gateway.findCharge(expired.id().toString());
        } catch (ProviderUnavailableException e) {
            return false;
        }
        return charge.filter(found -> found.status() == ProviderCharge.Status.SUCCEEDED)
                .map(found -> settlement.refundLateCharge(expired, found.id()))
                .orElse(false);
    }

    boolean refund(Enrollment cancelled) {
        return settlement.refund(cancelled.id(), cancelled.chargeId().orElseThrow());
    }
}
