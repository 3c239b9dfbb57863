package dev.roster.enrollment.identity.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * How many failed logins the {@link LoginThrottle} tolerates within a sliding window, per account
 * and per client address.
 */
public record ThrottleLimits(int perAccount, int perAddress, Duration window) {

    /** 5 failures per account, 50 per client address, within 15 minutes. */
    public static final ThrottleLimits DEFAULT = new ThrottleLimits(5, 50, Duration.ofMinutes(15));

    public ThrottleLimits {
        Objects.requireNonNull(window, "window");
        if (perAccount < 1 || perAddress < 1) {
            throw new IllegalArgumentException("throttle limits must be at least 1");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the throttle window must be positive, was " + window);
        }
    }
}
