package dev.roster.enrollment.pricing.application;

import dev.roster.enrollment.pricing.domain.Coupon;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory fake of the {@link Coupons} port that keeps its promises: codes match
 * case-insensitively, a code taken in any letter case is refused (as the unique index on
 * {@code lower(code)} does), and a redemption counts only while the coupon is valid and not
 * exhausted. Single-threaded, like the tests that use it; JdbcCouponsIT holds the real adapter to
 * the same promises under concurrency.
 */
public class InMemoryCoupons implements Coupons {

    private final Map<String, Coupon> byCode = new LinkedHashMap<>();

    @Override
    public Coupon add(Coupon coupon) {
        if (byCode.containsKey(key(coupon.code()))) {
            throw new CouponCodeTakenException(coupon.code());
        }
        if (byCode.values().stream().anyMatch(existing -> existing.id().equals(coupon.id()))) {
            // the primary key refuses it too, though not as a taken code
            throw new IllegalStateException("a coupon with id " + coupon.id() + " exists already");
        }
        byCode.put(key(coupon.code()), coupon);
        return coupon;
    }

    @Override
    public Optional<Coupon> findByCode(String code) {
        return Optional.ofNullable(byCode.get(key(code)));
    }

    @Override
    public boolean redeem(String code, Instant now) {
        Coupon coupon = byCode.get(key(code));
        if (coupon == null || !coupon.validityAt(now).isValid()) {
            return false;
        }
        byCode.put(key(code), new Coupon(coupon.id(), coupon.code(), coupon.percentOff(), coupon.validFrom(),
                coupon.validUntil(), coupon.maxRedemptions(), coupon.redemptions() + 1));
        return true;
    }

    private static String key(String code) {
        return code.toLowerCase(Locale.ROOT);
    }
}
