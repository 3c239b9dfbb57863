package dev.roster.enrollment.pricing.application;

import dev.roster.enrollment.catalog.application.CourseCatalog;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.pricing.domain.Coupon;
import dev.roster.enrollment.pricing.domain.CouponInvalidException;
import dev.roster.enrollment.pricing.domain.CouponValidity;
import dev.roster.enrollment.pricing.domain.PricingContext;
import dev.roster.enrollment.pricing.domain.PricingPolicy;
import dev.roster.enrollment.pricing.domain.Quote;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Quotes what a learner would pay for a published course, with an optional coupon code. */
public class QuoteService {

    private final CourseCatalog catalog;
    private final Coupons coupons;
    private final LearnerStandings standings;
    private final PricingPolicy policy;
    private final Clock clock;

    public QuoteService(CourseCatalog catalog, Coupons coupons, LearnerStandings standings,
            PricingPolicy policy, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.coupons = Objects.requireNonNull(coupons, "coupons");
        this.standings = Objects.requireNonNull(standings, "standings");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The quote for the course. A blank code counts as no coupon; a given code must name a coupon
     * valid now, else {@link CouponInvalidException} says why.
     *
     * @throws dev.roster.enrollment.catalog.application.CourseNotFoundException for an unknown or draft course
     */
    public Quote quote(UUID learnerId, CourseId courseId, Optional<String> couponCode) {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(couponCode, "couponCode");
        Course course = catalog.course(courseId);
        Optional<Coupon> coupon = couponCode.map(String::strip).filter(code -> !code.isEmpty()).map(this::validCoupon);
        LearnerStanding standing = standings.standingOf(learnerId);
        return policy.quote(new PricingContext(course.price(), standing.member(), coupon,
                !standing.hasConfirmedEnrollment()));
    }

    private Coupon validCoupon(String code) {
        Coupon coupon = coupons.findByCode(code)
                .orElseThrow(() -> new CouponInvalidException(code, CouponValidity.UNKNOWN));
        CouponValidity validity = coupon.validityAt(clock.instant());
        if (!validity.isValid()) {
            throw new CouponInvalidException(coupon.code(), validity);
        }
        return coupon;
    }
}
