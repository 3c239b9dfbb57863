package dev.roster.enrollment.platform;

import java.time.Duration;
import java.util.Objects;

/**
 * The checks every {@code @ConfigurationProperties} record makes of its settings, so a bad setting
 * stops the start with a message naming the property as it is written in {@code application.yml}
 * (the kebab-case name), and each record words it the same way.
 */
public final class SettingChecks {

    private SettingChecks() {
    }

    /** Refuses a missing, zero or negative duration. */
    public static void requirePositive(String property, Duration value) {
        Objects.requireNonNull(value, property);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(property + " must be positive, was " + value);
        }
    }

    /** Refuses a count below one (a batch, an attempt budget, a pool size). */
    public static void requireAtLeastOne(String property, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(property + " must be at least 1, was " + value);
        }
    }
}
