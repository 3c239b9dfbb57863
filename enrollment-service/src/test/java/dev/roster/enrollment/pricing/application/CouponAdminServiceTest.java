package dev.roster.enrollment.pricing.application;

import static dev.roster.enrollment.pricing.application.NewCouponFixtures.aNewCoupon;
import static dev.roster.enrollment.pricing.domain.CouponFixtures.aCoupon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.pricing.domain.Coupon;
import dev.roster.enrollment.pricing.domain.CouponId;
import dev.roster.enrollment.shared.DomainException;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@Guards(Risk.PRICING_RULE_WRONG)
class CouponAdminServiceTest {

    private static final UUID FIRST_ID = UUID.fromString("0190a000-0000-7000-8000-0000000000d1");

    private final InMemoryCoupons coupons = new InMemoryCoupons();
    private final CouponAdminService administration = new CouponAdminService(coupons, () -> FIRST_ID);

    @Test
    void createsAnUnusedCouponUnderANewIdWithItsCodeUpperCased() {
        Coupon created = administration.create(aNewCoupon().withCode("spring10").withPercentOff(15)
                .validBetween(Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-04-01T00:00:00Z"))
                .withMaxRedemptions(50).build());

        assertThat(created).isEqualTo(new Coupon(new CouponId(FIRST_ID), "SPRING10", 15,
                Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-04-01T00:00:00Z"), 50, 0));
        assertThat(coupons.findByCode("SPRING10")).contains(created);
    }

    @Test
    void refusesACodeAnotherCouponHasInAnyCase() {
        Coupon existing = aCoupon().withCode("Spring10").build();
        coupons.add(existing);

        assertThatThrownBy(() -> administration.create(aNewCoupon().withCode("sPRING10").build()))
                .isInstanceOfSatisfying(CouponCodeTakenException.class, e -> {
                    assertThat(e.code()).isEqualTo("coupon_code_taken");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                });
        assertThat(coupons.findByCode("SPRING10")).contains(existing);
    }

    @Test
    void findsACouponByItsCodeInAnyCase() {
        Coupon created = administration.create(aNewCoupon().withCode("SPRING10").build());

        assertThat(administration.coupon(" spring10 ")).isEqualTo(created);
    }

    @Test
    void answersAnUnknownCodeAsNotFound() {
        assertThatThrownBy(() -> administration.coupon("SUMMER10"))
                .isInstanceOfSatisfying(CouponNotFoundException.class, e -> {
                    assertThat(e.code()).isEqualTo("coupon_not_found");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
                });
    }

    @Test
    void listsEveryCouponWhateverItsValidityByCode() {
        Coupon expired = coupons.add(aCoupon().withCode("WINTER").validBetween(Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2020-02-01T00:00:00Z")).build());
        Coupon current = coupons.add(aCoupon().withCode("SPRING").build());

        Page<Coupon> listed = administration.coupons(new PageRequest(0, 20));

        assertThat(listed.items()).containsExactly(current, expired);
        assertThat(listed.totalItems()).isEqualTo(2);
    }
}
