package dev.roster.enrollment.pricing.application;

import java.time.Instant;
import java.util.UUID;

/**
 * Which order holds each learner's first-order credit (port). At most one order per learner holds
 * it, however many purchases decide at the same moment and on however many instances: the store
 * decides, never a read made earlier.
 */
public interface FirstOrderCredits {

    /** Whether some order of this learner holds the credit now (then no other order gets it). */
    boolean isHeld(UUID learnerId);

    /**
     * Claims the credit for {@code orderId} unless another order of the learner holds it. Call it in
     * the order's own transaction: a claim rolled back with the order frees the credit again.
     *
     * @return true when this order now holds the credit
     */
    boolean claim(UUID learnerId, UUID orderId, Instant now);

    /** Gives back the credit if {@code orderId} holds it; does nothing otherwise, however often called. */
    void release(UUID orderId);
}
