package dev.roster.enrollment.pricing.application;

import dev.roster.enrollment.shared.DomainException;

/** A new coupon refused because another coupon has its code, in any letter case. */
public class CouponCodeTakenException extends DomainException {

    public CouponCodeTakenException(String code) {
        super(Kind.CONFLICT, "coupon_code_taken", "a coupon with code " + code + " already exists");
    }
}
