package dev.roster.enrollment.pricing.adapter;

import dev.roster.enrollment.pricing.application.CouponAdminService;
import dev.roster.enrollment.pricing.application.CouponCodeTakenException;
import dev.roster.enrollment.pricing.application.NewCoupon;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Adds the demo coupon {@value #CODE} (10% off) on start when {@code roster.demo-data.enabled} is true,
 * like the demo catalog: the local run turns it on, so the README's walkthrough can quote and buy with a
 * coupon; tests and production leave it off. Matched by code, so a restart neither duplicates it nor
 * resets its redemptions.
 */
@Component
@ConditionalOnBooleanProperty("roster.demo-data.enabled")
class DemoCoupons implements ApplicationRunner {

    static final String CODE = "WELCOME10";

    private static final Logger log = LoggerFactory.getLogger(DemoCoupons.class);

    private final CouponAdminService coupons;
    private final Clock clock;

    DemoCoupons(CouponAdminService coupons, Clock clock) {
        this.coupons = coupons;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
        try {
            // valid from the day of the first local run for a year, 1000 redemptions: enough for any demo
            coupons.create(new NewCoupon(CODE, 10, today, today.plus(Duration.ofDays(365)), 1000));
            log.info("Demo coupon {} added (10% off)", CODE);
        } catch (CouponCodeTakenException alreadyThere) {
            log.info("Demo coupon {} already present", CODE);
        }
    }
}
