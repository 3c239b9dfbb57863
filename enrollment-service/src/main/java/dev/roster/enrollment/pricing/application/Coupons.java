package dev.roster.enrollment.pricing.application;

import dev.roster.enrollment.pricing.domain.Coupon;
import java.util.Optional;

/** The store of coupons (port). */
public interface Coupons {

    /**
     * The coupon with this code. Codes match case-insensitively: {@code spring10} finds the coupon
     * stored as {@code SPRING10}. Empty when no coupon has the code.
     */
    Optional<Coupon> findByCode(String code);
}
