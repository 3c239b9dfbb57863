package dev.roster.enrollment.pricing.application;

/** The fake keeps the port's promises, the same ones JdbcCouponsIT checks on PostgreSQL. */
class InMemoryCouponsTest extends CouponsContract {

    private final InMemoryCoupons coupons = new InMemoryCoupons();

    @Override
    protected Coupons coupons() {
        return coupons;
    }
}
