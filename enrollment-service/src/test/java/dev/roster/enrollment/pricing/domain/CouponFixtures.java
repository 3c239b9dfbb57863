package dev.roster.enrollment.pricing.domain;

import dev.roster.enrollment.platform.UuidV7Generator;
import java.time.Instant;

/**
 * Builds coupons with sensible defaults (SPRING10: 10% off, valid through the first quarter of 2027,
 * 100 redemptions, none used, a fresh id), so a test states only what matters: {@code aCoupon().withPercentOff(20).build()}.
 */
public final class CouponFixtures {

    private static final UuidV7Generator IDS = new UuidV7Generator();

    private CouponId id = new CouponId(IDS.next());
    private String code = "SPRING10";
    private int percentOff = 10;
    private Instant validFrom = Instant.parse("2027-01-01T00:00:00Z");
    private Instant validUntil = Instant.parse("2027-04-01T00:00:00Z");
    private int maxRedemptions = 100;
    private int redemptions = 0;

    private CouponFixtures() {
    }

    public static CouponFixtures aCoupon() {
        return new CouponFixtures();
    }

    public CouponFixtures withId(CouponId id) {
        this.id = id;
        return this;
    }

    public CouponFixtures withCode(String code) {
        this.code = code;
        return this;
    }

    public CouponFixtures withPercentOff(int percentOff) {
        this.percentOff = percentOff;
        return this;
    }

    public CouponFixtures validBetween(Instant validFrom, Instant validUntil) {
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        return this;
    }

    public CouponFixtures withRedemptions(int redemptions, int maxRedemptions) {
        this.redemptions = redemptions;
        this.maxRedemptions = maxRedemptions;
        return this;
    }

    public Coupon build() {
        return new Coupon(id, code, percentOff, validFrom, validUntil, maxRedemptions, redemptions);
    }
}
