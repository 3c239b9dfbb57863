package dev.roster.enrollment.pricing.application;

import static dev.roster.enrollment.pricing.domain.CouponFixtures.aCoupon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.pricing.domain.Coupon;
import dev.roster.enrollment.shared.DomainException;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The promises of the {@link Coupons} port, run against the in-memory fake
 * ({@link InMemoryCouponsTest}) and the real adapter on PostgreSQL (JdbcCouponsIT), so the fake the
 * application tests use cannot drift from what the database does.
 */
public abstract class CouponsContract {

    protected static final Instant FROM = Instant.parse("2027-01-01T00:00:00Z");
    protected static final Instant UNTIL = Instant.parse("2027-04-01T00:00:00Z");
    protected static final Instant WITHIN = Instant.parse("2027-02-15T12:00:00Z");

    private int orders;

    /** The store under test, empty when the test starts. */
    protected abstract Coupons coupons();

    @Test
    void addsACouponAndFindsItByItsCodeInAnyCase() {
        Coupon coupon = aCoupon().withCode("SPRING10").withPercentOff(15).validBetween(FROM, UNTIL)
                .withRedemptions(2, 7).build();

        assertThat(coupons().add(coupon)).isEqualTo(coupon);

        assertThat(coupons().findByCode("SPRING10")).contains(coupon);
        assertThat(coupons().findByCode("spring10")).contains(coupon);
        assertThat(coupons().findByCode("SPRING1")).isEmpty();
    }

    @Test
    void refusesACodeTakenInAnotherCase() {
        Coupon first = aCoupon().withCode("SPRING10").build();
        coupons().add(first);

        assertThatThrownBy(() -> coupons().add(aCoupon().withCode("spring10").withPercentOff(50).build()))
                .isInstanceOfSatisfying(CouponCodeTakenException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("coupon_code_taken");
                });
        assertThat(coupons().findByCode("SPRING10")).contains(first);
    }

    @Test
    @Guards(Risk.COUPON_OVER_REDEEMED)
    void countsRedemptionsUpToTheLimitThenRefuses() {
        coupons().add(aCoupon().withCode("SPRING10").validBetween(FROM, UNTIL).withRedemptions(0, 2).build());

        assertThat(coupons().redeem("SPRING10", anOrder(), WITHIN)).isTrue();
        assertThat(coupons().redeem("spring10", anOrder(), WITHIN)).isTrue();
        assertThat(coupons().redeem("SPRING10", anOrder(), WITHIN)).isFalse();

        assertThat(coupons().findByCode("SPRING10")).map(Coupon::redemptions).contains(2);
    }

    @ParameterizedTest(name = "at {0}: counted={1}")
    @CsvSource({
            "2026-12-31T23:59:59.999999Z, false",
            "2027-01-01T00:00:00Z,        true",
            "2027-03-31T23:59:59.999999Z, true",
            "2027-04-01T00:00:00Z,        false",
    })
    void redeemsOnlyWithinTheWindowFromInclusiveUntilExclusive(Instant now, boolean counted) {
        coupons().add(aCoupon().withCode("SPRING10").validBetween(FROM, UNTIL).withRedemptions(0, 5).build());

        assertThat(coupons().redeem("SPRING10", anOrder(), now)).isEqualTo(counted);

        assertThat(coupons().findByCode("SPRING10")).map(Coupon::redemptions).contains(counted ? 1 : 0);
    }

    @Test
    void redeemsNothingForAnUnknownCode() {
        coupons().add(aCoupon().withCode("SPRING10").build());

        assertThat(coupons().redeem("SUMMER10", anOrder(), WITHIN)).isFalse();
        assertThat(coupons().findByCode("SPRING10")).map(Coupon::redemptions).contains(0);
    }

    @Test
    @Guards(Risk.COUPON_OVER_REDEEMED)
    void givesARedemptionBackOnceSoAnotherOrderCanHaveIt() {
        coupons().add(aCoupon().withCode("SPRING10").validBetween(FROM, UNTIL).withRedemptions(0, 1).build());
        UUID first = anOrder();
        assertThat(coupons().redeem("SPRING10", first, WITHIN)).isTrue();
        assertThat(coupons().redeem("SPRING10", anOrder(), WITHIN)).as("exhausted").isFalse();

        assertThat(coupons().giveBack(first)).isTrue();
        assertThat(coupons().giveBack(first)).as("a second give-back of the same order").isFalse();

        assertThat(coupons().findByCode("SPRING10")).map(Coupon::redemptions).contains(0);
        assertThat(coupons().redeem("SPRING10", anOrder(), WITHIN)).isTrue();
        assertThat(coupons().findByCode("SPRING10")).map(Coupon::redemptions).contains(1);
    }

    @Test
    void givesNothingBackForAnOrderThatHeldNoRedemption() {
        coupons().add(aCoupon().withCode("SPRING10").validBetween(FROM, UNTIL).withRedemptions(0, 3).build());
        coupons().redeem("SPRING10", anOrder(), WITHIN);

        assertThat(coupons().giveBack(anOrder())).isFalse();

        assertThat(coupons().findByCode("SPRING10")).map(Coupon::redemptions).contains(1);
    }

    @Test
    void listsEveryCouponByCodeWhateverItsCaseAPageAtATime() {
        Coupon summer = coupons().add(aCoupon().withCode("SUMMER").build());
        Coupon autumn = coupons().add(aCoupon().withCode("autumn").build());
        Coupon spring = coupons().add(aCoupon().withCode("Spring").withRedemptions(3, 5).build());

        Page<Coupon> first = coupons().all(new PageRequest(0, 2));
        Page<Coupon> second = coupons().all(new PageRequest(1, 2));

        assertThat(first.items()).containsExactly(autumn, spring);
        assertThat(first.totalItems()).isEqualTo(3);
        assertThat(second.items()).containsExactly(summer);
    }

    protected UUID anOrder() {
        return new UUID(0x0e, ++orders);
    }
}
