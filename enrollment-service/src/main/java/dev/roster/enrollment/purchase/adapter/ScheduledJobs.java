package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.purchase.application.ReconciliationService;
import dev.roster.enrollment.purchase.application.IdempotencyKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reconciliation and the idempotency-key purge, on every instance (both are safe to run
 * concurrently). Off with {@code roster.purchase.reconciliation-enabled=false}, as in tests that
 * run reconciliation themselves.
 */
@Component
@EnableScheduling
@ConditionalOnBooleanProperty(name = "roster.purchase.reconciliation-enabled", matchIfMissing = true)
class ScheduledJobs {

    private static final Logger log = LoggerFactory.getLogger(ScheduledJobs.class);

    private final ReconciliationService reconciliation;
    private final IdempotencyKeys idempotency;

    ScheduledJobs(ReconciliationService reconciliation, IdempotencyKeys idempotency) {
        this.reconciliation = reconciliation;
        this.idempotency = idempotency;
    }

    @Scheduled(fixedDelayString = "${roster.purchase.reconciliation-interval:30s}", initialDelay = 10_000)
    void reconcile() {
        try {
            reconciliation.run();
        } catch (RuntimeException e) {
            // a failed run must not stop the schedule; the next run tries again
            log.error("Reconciliation run failed", e);
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelay = 60_000)
    void purgeIdempotencyKeys() {
        int purged = idempotency.sweep();
        if (purged > 0) {
            log.info("Purged {} idempotency keys older than {}", purged, IdempotencyKeys.RETENTION);
        }
    }
}
