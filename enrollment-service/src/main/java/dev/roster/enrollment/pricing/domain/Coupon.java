package dev.roster.enrollment.pricing.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A discount code: a percentage off the list price, usable from {@code validFrom} (inclusive) until
 * {@code validUntil} (exclusive), at most {@code maxRedemptions} times. The code is unique among
 * coupons regardless of letter case.
 */
public record Coupon(
        CouponId id,
        String code,
        int percentOff,
        Instant validFrom,
        Instant validUntil,
        int maxRedemptions,
        int redemptions) {

    public Coupon {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        require(code != null && !code.isBlank(), "code must not be blank");
        require(percentOff >= 1 && percentOff <= 100, "percent off must be 1 to 100, was " + percentOff);
        require(validUntil.isAfter(validFrom), "valid until (" + validUntil + ") must be after valid from (" + validFrom + ")");
        require(maxRedemptions >= 1, "max redemptions must be 1 or more, was " + maxRedemptions);
        require(redemptions >= 0, "redemptions must not be negative, was " + redemptions);
    }

    /** Checked in this order: not yet valid, expired, exhausted; otherwise valid. */
    public CouponValidity validityAt(Instant now) {
        Objects.requireNonNull(now, "now");
        if (now.isBefore(validFrom)) {
            return CouponValidity.NOT_YET_VALID;
        }
        if (!now.isBefore(validUntil)) {
            return CouponValidity.EXPIRED;
        }
        if (redemptions >= maxRedemptions) {
            return CouponValidity.EXHAUSTED;
        }
        return CouponValidity.VALID;
    }

    public Percent percent() {
        return Percent.of(percentOff);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
