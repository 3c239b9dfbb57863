package dev.roster.enrollment.pricing.application;

import dev.roster.enrollment.pricing.domain.Coupon;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The store of coupons (port). Codes are unique and match case-insensitively. */
public interface Coupons {

    /**
     * The coupon with this code. Codes match case-insensitively: {@code spring10} finds the coupon
     * stored as {@code SPRING10}. Empty when no coupon has the code.
     */
    Optional<Coupon> findByCode(String code);

    /** Every coupon, ordered by code (ignoring letter case), so pages are stable. */
    Page<Coupon> all(PageRequest request);

    /**
     * Adds a new coupon.
     *
     * @throws CouponCodeTakenException when another coupon has its code in any letter case, however
     *                                  concurrent the two additions (the store's unique index decides)
     */
    Coupon add(Coupon coupon);

    /**
     * Counts one redemption of the coupon with this code (matched case-insensitively) for
     * {@code orderId}, if the coupon is usable at {@code now}: valid then and redeemed fewer times
     * than its maximum. Atomic: however many purchases redeem at once, the count never passes the
     * maximum and no redemption is lost. Call it in the order's transaction, so a redemption rolled
     * back with its order is never counted.
     *
     * @return true when the redemption was counted; false for an unknown, not yet valid, expired or
     *         exhausted coupon
     */
    boolean redeem(String code, UUID orderId, Instant now);

    /**
     * Gives back the redemption {@code orderId} holds, if it holds one: the coupon's count goes down
     * by one, exactly once however often this is called.
     *
     * @return true when a redemption was given back
     */
    boolean giveBack(UUID orderId);
}
