package dev.roster.paymentsandbox.shared;

import java.time.Duration;

/**
 * Waits on purpose (base latency, the slow token). Injected so that unit tests need not wait and
 * web tests can hold a slow request open for as long as they need.
 *
 * <p>A pause never throws: an interrupted pause ends early and keeps the interrupt flag. Callers
 * rely on this, because a charge is already recorded when the slow token pauses.
 */
@FunctionalInterface
public interface Pause {

    void pause(Duration duration);

    /** The production pause: the thread sleeps (a virtual thread, so this costs no platform thread). */
    static Pause sleeping() {
        return duration -> {
            if (duration.isZero() || duration.isNegative()) {
                return;
            }
            try {
                Thread.sleep(duration);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
