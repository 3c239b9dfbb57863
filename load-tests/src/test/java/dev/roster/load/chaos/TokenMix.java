package dev.roster.load.chaos;

import java.util.Random;

/**
 * Which payment token a chaos purchase uses, and so how the sandbox treats its charge: {@code tok_slow} answers
 * after the sandbox's slow delay (set longer than enrollment-service's whole payment budget, so the charge is made
 * but its answer never arrives: a timeout), {@code tok_flaky} fails with 500 a few times per key before it
 * succeeds, {@code tok_chargeDeclined} is declined, the rest is {@code tok_visa}.
 *
 * @param timeoutPercent  share of {@code tok_slow}, 20 by default
 * @param failingPercent  share of {@code tok_flaky}, 10 by default
 * @param declinedPercent share of {@code tok_chargeDeclined}, 5 by default
 */
record TokenMix(int timeoutPercent, int failingPercent, int declinedPercent) {

    TokenMix {
        if (timeoutPercent < 0 || failingPercent < 0 || declinedPercent < 0
                || timeoutPercent + failingPercent + declinedPercent > 100) {
            throw new IllegalArgumentException("token shares must be non-negative and add up to at most 100: %d, %d, %d"
                    .formatted(timeoutPercent, failingPercent, declinedPercent));
        }
    }

    String pick(Random random) {
        int roll = random.nextInt(100);
        if (roll < timeoutPercent) {
            return "tok_slow";
        }
        if (roll < timeoutPercent + failingPercent) {
            return "tok_flaky";
        }
        if (roll < timeoutPercent + failingPercent + declinedPercent) {
            return "tok_chargeDeclined";
        }
        return "tok_visa";
    }
}
