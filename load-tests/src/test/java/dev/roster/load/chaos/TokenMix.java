package dev.roster.load.chaos;

import java.util.Random;

/**
 * Which payment token a chaos purchase uses, and so how the sandbox treats its charge: {@code tok_slow} answers
 * after the sandbox's slow delay (set longer than enrollment-service's whole payment budget, so the charge is made
 * but its answer never arrives: a timeout), {@code tok_late} times out too and its charge is made only the
 * sandbox's late delay later (after the hold expired: a late charge to refund), {@code tok_flaky} fails with 500
 * a few times per key before it succeeds, {@code tok_chargeDeclined} is declined, the rest is {@code tok_visa}.
 *
 * @param timeoutPercent  share of {@code tok_slow}, 20 by default
 * @param latePercent     share of {@code tok_late}, 5 by default
 * @param failingPercent  share of {@code tok_flaky}, 10 by default
 * @param declinedPercent share of {@code tok_chargeDeclined}, 5 by default
 */
record TokenMix(int timeoutPercent, int latePercent, int failingPercent, int declinedPercent) {

    TokenMix {
        if (timeoutPercent < 0 || latePercent < 0 || failingPercent < 0 || declinedPercent < 0
                || timeoutPercent + latePercent + failingPercent + declinedPercent > 100) {
            throw new IllegalArgumentException("token shares must be non-negative and add up to at most 100: %d, %d, %d, %d"
                    .formatted(timeoutPercent, latePercent, failingPercent, declinedPercent));
        }
    }

    String pick(Random random) {
        int roll = random.nextInt(100);
        int bound = timeoutPercent;
        if (roll < bound) {
            return "tok_slow";
        }
        bound += latePercent;
        if (roll < bound) {
            return "tok_late";
        }
        bound += failingPercent;
        if (roll < bound) {
            return "tok_flaky";
        }
        bound += declinedPercent;
        return roll < bound ? "tok_chargeDeclined" : "tok_visa";
    }
}
