package dev.roster.enrollment.pricing.domain;

import static dev.roster.enrollment.pricing.domain.CouponFixtures.aCoupon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.shared.DomainException;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Guards(Risk.PRICING_RULE_WRONG)
class CouponTest {

    private static final Instant FROM = Instant.parse("2027-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-04-01T00:00:00Z");

    @ParameterizedTest(name = "{0}: at {1} with {2} of 3 redemptions → {3}")
    @CsvSource({
            "a second before valid from,         2026-12-31T23:59:59Z,           0, NOT_YET_VALID",
            "exactly valid from,                 2027-01-01T00:00:00Z,           0, VALID",
            "within the window,                  2027-02-15T12:00:00Z,           2, VALID",
            "a nanosecond before valid until,    2027-03-31T23:59:59.999999999Z, 0, VALID",
            "exactly valid until,                2027-04-01T00:00:00Z,           0, EXPIRED",
            "long after valid until,             2027-09-01T00:00:00Z,           0, EXPIRED",
            "redemptions equal to the maximum,   2027-02-15T12:00:00Z,           3, EXHAUSTED",
            "redemptions above the maximum,      2027-02-15T12:00:00Z,           4, EXHAUSTED",
            "expired and exhausted says expired, 2027-04-01T00:00:00Z,           3, EXPIRED",
            "early and exhausted says not yet,   2026-12-31T23:59:59Z,           3, NOT_YET_VALID",
    })
    void tellsWhetherItCanBeUsedAt(String situation, Instant now, int redemptions, CouponValidity expected) {
        Coupon coupon = aCoupon().validBetween(FROM, UNTIL).withRedemptions(redemptions, 3).build();

        assertThat(coupon.validityAt(now)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({
            "UNKNOWN,       unknown",
            "NOT_YET_VALID, not_yet_valid",
            "EXPIRED,       expired",
            "EXHAUSTED,     exhausted",
    })
    void namesEachRefusalWithAStableLowercaseReason(CouponValidity validity, String reason) {
        assertThat(validity.reason()).isEqualTo(reason);
        assertThat(validity.isValid()).isFalse();
    }

    @ParameterizedTest(name = "{0}% off is refused")
    @CsvSource({"0", "101", "-5"})
    void refusesAPercentageOutsideOneToAHundred(int percentOff) {
        assertThatThrownBy(() -> aCoupon().withPercentOff(percentOff).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("percent off");
    }

    @ParameterizedTest(name = "{0}% off is accepted")
    @CsvSource({"1", "100"})
    void acceptsTheEdgesOfOneToAHundredPercent(int percentOff) {
        assertThat(aCoupon().withPercentOff(percentOff).build().percentOff()).isEqualTo(percentOff);
    }

    @Test
    void refusesAWindowThatEndsWhenOrBeforeItStarts() {
        assertThatThrownBy(() -> aCoupon().validBetween(FROM, FROM).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("valid until");
        assertThatThrownBy(() -> aCoupon().validBetween(UNTIL, FROM).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("valid until");
    }

    @Test
    void refusesImpossibleRedemptionCountsAndABlankCode() {
        assertThatThrownBy(() -> aCoupon().withRedemptions(0, 0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max redemptions");
        assertThatThrownBy(() -> aCoupon().withRedemptions(-1, 10).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("redemptions");
        assertThatThrownBy(() -> aCoupon().withCode(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("code");
    }

    @Test
    void refusalCarriesTheReasonAndAStableCode() {
        var refusal = new CouponInvalidException("SPRING10", CouponValidity.EXPIRED);

        assertThat(refusal).isInstanceOf(DomainException.class);
        assertThat(refusal.reason()).isEqualTo(CouponValidity.EXPIRED);
        assertThat(refusal.code()).isEqualTo("coupon_invalid");
        assertThat(refusal.kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE);
        assertThat(refusal).hasMessage("coupon SPRING10 is expired");
        assertThat(new CouponInvalidException("EARLY", CouponValidity.NOT_YET_VALID))
                .hasMessage("coupon EARLY is not yet valid");
    }

    @Test
    void aValidCouponIsNoReasonToRefuse() {
        assertThatThrownBy(() -> new CouponInvalidException("SPRING10", CouponValidity.VALID))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsASingleUseCoupon() {
        assertThat(aCoupon().withRedemptions(0, 1).build().maxRedemptions()).isEqualTo(1);
    }
}
