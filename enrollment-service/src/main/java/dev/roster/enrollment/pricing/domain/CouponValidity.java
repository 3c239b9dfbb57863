package dev.roster.enrollment.pricing.domain;

/**
 * Whether a coupon can be used now, and if not, why. The reason is the stable lowercase word a
 * client sees, e.g. {@code expired}.
 */
public enum CouponValidity {
    VALID("valid"),
    /** No coupon has the code; decided by the application, never by a {@link Coupon} itself. */
    UNKNOWN("unknown"),
    NOT_YET_VALID("not_yet_valid"),
    EXPIRED("expired"),
    EXHAUSTED("exhausted");

    private final String reason;

    CouponValidity(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    public boolean isValid() {
        return this == VALID;
    }
}
