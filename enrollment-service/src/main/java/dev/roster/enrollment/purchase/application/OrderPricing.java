package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.purchase.domain.Price;
import java.util.Optional;

/** Prices an order and gives back what its price held (port); pricing answers it on its own tables. */
public interface OrderPricing {

    /**
     * The price of {@code order}, holding the scarce discounts it contains (a coupon redemption, the
     * first-order credit) for this order. Call it in the reservation's transaction, so that concurrent
     * orders decide against the store as they commit and a rolled-back order holds nothing.
     *
     * @throws dev.roster.enrollment.shared.DomainException when the coupon is invalid or exhausted
     */
    Price priceOrder(LearnerId learner, CourseId course, Optional<String> couponCode, EnrollmentId order);

    /** Gives back whatever {@code order} held; does nothing the second time. */
    void giveBack(EnrollmentId order);
}
