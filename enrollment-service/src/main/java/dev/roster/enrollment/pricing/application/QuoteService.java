package dev.roster.enrollment.pricing.application;

import dev.roster.enrollment.catalog.application.CatalogService;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.pricing.domain.Coupon;
import dev.roster.enrollment.pricing.domain.CouponInvalidException;
import dev.roster.enrollment.pricing.domain.CouponValidity;
import dev.roster.enrollment.pricing.domain.PricingContext;
import dev.roster.enrollment.pricing.domain.PricingPolicy;
import dev.roster.enrollment.pricing.domain.Quote;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Prices a published course for a learner, with an optional coupon code: as a quote that holds
 * nothing, or for an order, holding the scarce discounts (a coupon redemption, the first-order
 * credit) that its price contains.
 */
public class QuoteService {

    private final CatalogService catalog;
    private final Coupons coupons;
    private final FirstOrderCredits credits;
    private final LearnerStandings standings;
    private final PricingPolicy policy;
    private final Clock clock;

    public QuoteService(CatalogService catalog, Coupons coupons, FirstOrderCredits credits,
            LearnerStandings standings, PricingPolicy policy, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.coupons = Objects.requireNonNull(coupons, "coupons");
        this.credits = Objects.requireNonNull(credits, "credits");
        this.standings = Objects.requireNonNull(standings, "standings");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The quote for the course: what an order made now would cost, holding nothing. A blank code
     * counts as no coupon; a given code must name a coupon valid now, else
     * {@link CouponInvalidException} says why.
     *
     * @throws dev.roster.enrollment.catalog.application.CourseNotFoundException for an unknown or draft course
     */
    public Quote quote(LearnerId learner, CourseId courseId, Optional<String> couponCode) {
        Objects.requireNonNull(learner, "learner");
        Course course = catalog.course(courseId);
        Optional<Coupon> coupon = code(couponCode).map(this::validCoupon);
        return price(learner, course, coupon, !credits.isHeld(learner.value()));
    }

    /**
     * The price of order {@code orderId}, holding what it contains: the coupon's redemption is
     * counted and the first-order credit claimed, both for this order. Must run in the order's
     * transaction, so that concurrent orders decide against the store at the moment they commit:
     * only the order that claims the credit gets it, and a coupon with no redemption left is refused.
     *
     * @throws CouponInvalidException with {@link CouponValidity#EXHAUSTED} when the last redemption
     *                                went to another order first
     */
    public Quote priceOrder(LearnerId learner, CourseId courseId, Optional<String> couponCode, UUID orderId) {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(orderId, "orderId");
        Instant now = clock.instant();
        Course course = catalog.course(courseId);
        Optional<Coupon> coupon = code(couponCode).map(this::validCoupon);
        coupon.ifPresent(valid -> {
            if (!coupons.redeem(valid.code(), orderId, now)) {
                // valid a moment ago: another order took the last redemption (or the window closed just now)
                CouponValidity reason = coupons.findByCode(valid.code()).map(c -> c.validityAt(now))
                        .filter(validity -> !validity.isValid()).orElse(CouponValidity.EXHAUSTED);
                throw new CouponInvalidException(valid.code(), reason);
            }
        });
        boolean firstOrder = credits.claim(learner.value(), orderId, now);
        return price(learner, course, coupon, firstOrder);
    }

    /** Gives back what order {@code orderId} held (its coupon redemption, the first-order credit), if anything. */
    public void releaseOrder(UUID orderId) {
        coupons.giveBack(orderId);
        credits.release(orderId);
    }

    private Quote price(LearnerId learner, Course course, Optional<Coupon> coupon, boolean firstOrder) {
        boolean member = standings.standingOf(learner).member();
        return policy.quote(new PricingContext(course.price(), member, coupon, firstOrder));
    }

    private static Optional<String> code(Optional<String> couponCode) {
        Objects.requireNonNull(couponCode, "couponCode");
        return couponCode.map(String::strip).filter(code -> !code.isEmpty());
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
