package dev.roster.enrollment.outbox.application;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * What one relay run did.
 *
 * @param published           events marked published (committed) by this run
 * @param failure             why the run stopped early; empty when it did not
 * @param consecutiveFailures failed runs in a row, this one included; 0 after a success
 * @param nextRunIn           how long to wait before the next run
 */
public record RelayRun(int published, Optional<Failure> failure, int consecutiveFailures, Duration nextRunIn) {

    public boolean failed() {
        return failure.isPresent();
    }

    /**
     * @param reason  why
     * @param detail  what the broker or the store said
     * @param eventId the event that could not be published; empty when the outbox itself failed
     */
    public record Failure(FailureReason reason, String detail, Optional<UUID> eventId) {
    }
}
