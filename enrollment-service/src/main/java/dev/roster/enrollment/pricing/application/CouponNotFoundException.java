package dev.roster.enrollment.pricing.application;

import dev.roster.enrollment.shared.DomainException;

public class CouponNotFoundException extends DomainException {

    public CouponNotFoundException(String code) {
        super(Kind.NOT_FOUND, "coupon_not_found", "no coupon with code " + code);
    }
}
