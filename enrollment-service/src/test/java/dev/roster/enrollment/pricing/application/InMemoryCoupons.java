package dev.roster.enrollment.pricing.application;

import dev.roster.enrollment.pricing.domain.Coupon;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import dev.roster.enrollment.testsupport.Snapshotting;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An in-memory fake of the {@link Coupons} port that keeps its promises: codes match
 * case-insensitively, a code taken in any letter case is refused (as the unique index on
 * {@code lower(code)} does), and a redemption counts only while the coupon is valid and not
 * exhausted, and is given back once per order. Single-threaded, like the tests that use it; JdbcCouponsIT holds the real adapter to
 * the same promises under concurrency.
 */
public class InMemoryCoupons implements Coupons, Snapshotting {

    private Map<String, Coupon> byCode = new LinkedHashMap<>();
    private Map<UUID, String> redemptionsByOrder = new HashMap<>();

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
    public Page<Coupon> all(PageRequest request) {
        List<Coupon> ordered = byCode.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .toList();
        List<Coupon> page = ordered.stream().skip(request.offset()).limit(request.size()).toList();
        return new Page<>(page, request.page(), request.size(), ordered.size());
    }

    @Override
    public boolean redeem(String code, UUID orderId, Instant now) {
        Coupon coupon = byCode.get(key(code));
        if (coupon == null || !coupon.validityAt(now).isValid()) {
            return false;
        }
        if (redemptionsByOrder.containsKey(orderId)) {
            throw new IllegalStateException("order " + orderId + " holds a redemption already");
        }
        replace(coupon, +1);
        redemptionsByOrder.put(orderId, key(code));
        return true;
    }

    @Override
    public boolean giveBack(UUID orderId) {
        String code = redemptionsByOrder.remove(orderId);
        if (code == null) {
            return false;
        }
        replace(byCode.get(code), -1);
        return true;
    }

    private void replace(Coupon coupon, int change) {
        byCode.put(key(coupon.code()), new Coupon(coupon.id(), coupon.code(), coupon.percentOff(), coupon.validFrom(),
                coupon.validUntil(), coupon.maxRedemptions(), coupon.redemptions() + change));
    }

    @Override
    public Runnable snapshot() {
        Map<String, Coupon> savedCoupons = new LinkedHashMap<>(byCode);
        Map<UUID, String> savedRedemptions = new HashMap<>(redemptionsByOrder);
        return () -> {
            byCode = new LinkedHashMap<>(savedCoupons);
            redemptionsByOrder = new HashMap<>(savedRedemptions);
        };
    }

    private static String key(String code) {
        return code.toLowerCase(Locale.ROOT);
    }
}
