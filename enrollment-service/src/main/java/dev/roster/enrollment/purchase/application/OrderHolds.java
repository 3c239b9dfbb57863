package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.purchase.domain.Price;

/**
 * What an order holds while it stands: a seat in its course and the scarce discounts its price
 * contains. Taken together in the reservation's transaction; given back together, in the transaction
 * that ends the order without a seat (rejected, expired, cancelled).
 */
public class OrderHolds {

    private final Seats seats;
    private final OrderPricing pricing;

    public OrderHolds(Seats seats, OrderPricing pricing) {
        this.seats = seats;
        this.pricing = pricing;
    }

    /**
     * Prices the order (holding its discounts) and takes its seat; run it in the reservation's
     * transaction, so that a refusal here leaves nothing held.
     *
     * @throws PurchaseRefusedException course_full or course_not_open, decided by the seat's store
     */
    public Price take(Purchase purchase, EnrollmentId order) {
        Price price = pricing.priceOrder(purchase.learner(), purchase.courseId(), purchase.couponCode(), order);
        switch (seats.reserve(purchase.courseId())) {
            case RESERVED -> {
            }
            case FULL -> throw new PurchaseRefusedException("course_full");
            case NOT_OPEN -> throw new PurchaseRefusedException("course_not_open");
        }
        return price;
    }

    /** Gives back the seat and the discounts of an order that ends without a seat. */
    public void giveBack(Enrollment order) {
        seats.release(order.courseId());
        pricing.giveBack(order.id());
    }
}
