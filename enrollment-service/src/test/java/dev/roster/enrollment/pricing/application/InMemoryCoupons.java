package dev.roster.enrollment.pricing.application;

import dev.roster.enrollment.pricing.domain.Coupon;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An in-memory fake of the {@link Coupons} port that keeps its promise: codes match case-insensitively. */
public class InMemoryCoupons implements Coupons {

    private final Map<String, Coupon> byCode = new LinkedHashMap<>();

    public InMemoryCoupons add(Coupon coupon) {
        byCode.put(key(coupon.code()), coupon);
        return this;
    }

    @Override
    public Optional<Coupon> findByCode(String code) {
        return Optional.ofNullable(byCode.get(key(code)));
    }

    private static String key(String code) {
        return code.toUpperCase(Locale.ROOT);
    }
}
