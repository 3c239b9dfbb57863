package dev.roster.enrollment.pricing.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.platform.UuidV7Generator;
import dev.roster.enrollment.pricing.application.CouponAdminService;
import dev.roster.enrollment.pricing.domain.Coupon;
import dev.roster.enrollment.pricing.domain.CouponValidity;
import dev.roster.enrollment.shared.PageRequest;
import dev.roster.enrollment.testsupport.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo coupon of the local run, which the README's walkthrough quotes and buys with. */
class DemoCouponsIT {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-21T10:15:00Z"), ZoneOffset.UTC);

    private JdbcCoupons coupons;
    private DemoCoupons demo;

    @BeforeEach
    void emptyDatabase() {
        coupons = new JdbcCoupons(JdbcClient.create(TestDatabase.emptied().dataSource()));
        demo = new DemoCoupons(new CouponAdminService(coupons, new UuidV7Generator()), FIXED);
    }

    @Test
    void addsTheDemoCouponUsableFromTheDayOfTheRun() {
        demo.run(null);

        Coupon welcome = coupons.findByCode("welcome10").orElseThrow();
        assertThat(welcome.percentOff()).isEqualTo(10);
        assertThat(welcome.validityAt(FIXED.instant())).isEqualTo(CouponValidity.VALID);
        assertThat(welcome.validityAt(FIXED.instant().plus(Duration.ofDays(300)))).isEqualTo(CouponValidity.VALID);
    }

    @Test
    void keepsTheCouponAndItsRedemptionsWhenStartedAgain() {
        demo.run(null);
        assertThat(coupons.redeem(DemoCoupons.CODE, UUID.randomUUID(), FIXED.instant())).isTrue();

        demo.run(null);

        assertThat(coupons.all(new PageRequest(0, 10)).totalItems()).isEqualTo(1);
        assertThat(coupons.findByCode(DemoCoupons.CODE).orElseThrow().redemptions()).isEqualTo(1);
    }
}
