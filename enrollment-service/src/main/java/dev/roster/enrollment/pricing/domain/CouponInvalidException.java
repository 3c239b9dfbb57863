package dev.roster.enrollment.pricing.domain;

import dev.roster.enrollment.shared.DomainException;
import java.util.Map;
import java.util.Objects;

/** A coupon code that cannot be used now; {@link #reason()} says why (unknown, expired, ...). */
public class CouponInvalidException extends DomainException {

    private final CouponValidity reason;

    public CouponInvalidException(String couponCode, CouponValidity reason) {
        super(Kind.UNPROCESSABLE, "coupon_invalid", "coupon " + couponCode + " is " + describe(reason));
        this.reason = reason;
    }

    public CouponValidity reason() {
        return reason;
    }

    /** The problem tells why, e.g. {@code "reason": "expired"}. */
    @Override
    public Map<String, Object> problemProperties() {
        return Map.of("reason", reason.reason());
    }

    private static String describe(CouponValidity reason) {
        Objects.requireNonNull(reason, "reason");
        if (reason.isValid()) {
            throw new IllegalArgumentException("a valid coupon is no reason to refuse");
        }
        return reason.reason().replace('_', ' ');
    }
}
