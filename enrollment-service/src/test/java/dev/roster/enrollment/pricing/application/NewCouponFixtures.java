package dev.roster.enrollment.pricing.application;

import java.time.Instant;

/**
 * Builds {@link NewCoupon} commands with valid defaults (SPRING10, 10% off through the first quarter
 * of 2027, 100 redemptions), so a test states only the field it is about.
 */
public final class NewCouponFixtures {

    private String code = "SPRING10";
    private Integer percentOff = 10;
    private Instant validFrom = Instant.parse("2027-01-01T00:00:00Z");
    private Instant validUntil = Instant.parse("2027-04-01T00:00:00Z");
    private Integer maxRedemptions = 100;

    private NewCouponFixtures() {
    }

    public static NewCouponFixtures aNewCoupon() {
        return new NewCouponFixtures();
    }

    public NewCouponFixtures withCode(String code) {
        this.code = code;
        return this;
    }

    public NewCouponFixtures withPercentOff(Integer percentOff) {
        this.percentOff = percentOff;
        return this;
    }

    public NewCouponFixtures validBetween(Instant validFrom, Instant validUntil) {
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        return this;
    }

    public NewCouponFixtures withMaxRedemptions(Integer maxRedemptions) {
        this.maxRedemptions = maxRedemptions;
        return this;
    }

    public NewCoupon build() {
        return new NewCoupon(code, percentOff, validFrom, validUntil, maxRedemptions);
    }
}
