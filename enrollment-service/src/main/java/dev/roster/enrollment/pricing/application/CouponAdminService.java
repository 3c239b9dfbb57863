package dev.roster.enrollment.pricing.application;

import dev.roster.enrollment.pricing.domain.Coupon;
import dev.roster.enrollment.pricing.domain.CouponId;
import dev.roster.enrollment.shared.IdGenerator;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import java.util.Objects;

/**
 * Administering coupons: creating them and looking them up. Input is checked by {@link NewCoupon};
 * the store decides whether a code is taken, atomically.
 */
public class CouponAdminService {

    private final Coupons coupons;
    private final IdGenerator ids;

    public CouponAdminService(Coupons coupons, IdGenerator ids) {
        this.coupons = Objects.requireNonNull(coupons, "coupons");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * A new coupon, not yet redeemed.
     *
     * @throws CouponCodeTakenException when another coupon has the code in any letter case
     */
    public Coupon create(NewCoupon command) {
        Objects.requireNonNull(command, "command");
        Coupon coupon = new Coupon(new CouponId(ids.next()), command.code(), command.percentOff(),
                command.validFrom(), command.validUntil(), command.maxRedemptions(), 0);
        return coupons.add(coupon);
    }

    /** Every coupon, whatever its validity, ordered by code; a page at a time. */
    public Page<Coupon> coupons(PageRequest request) {
        Objects.requireNonNull(request, "request");
        return coupons.all(request);
    }

    /**
     * The coupon with this code, in any letter case, whatever its validity.
     *
     * @throws CouponNotFoundException when no coupon has the code
     */
    public Coupon coupon(String code) {
        Objects.requireNonNull(code, "code");
        String stripped = code.strip();
        if (!NewCoupon.isWellFormedCode(stripped)) {
            // no coupon can have it, and a NUL in it would not even reach PostgreSQL's text
            throw new CouponNotFoundException(stripped);
        }
        return coupons.findByCode(stripped).orElseThrow(() -> new CouponNotFoundException(stripped));
    }
}
