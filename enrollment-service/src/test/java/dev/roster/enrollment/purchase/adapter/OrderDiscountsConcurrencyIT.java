package dev.roster.enrollment.purchase.adapter;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static dev.roster.enrollment.pricing.domain.CouponFixtures.aCoupon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.catalog.application.CatalogService;
import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.payment.application.FakePaymentGateway;
import dev.roster.enrollment.pricing.application.Coupons;
import dev.roster.enrollment.pricing.application.FirstOrderCredits;
import dev.roster.enrollment.pricing.application.LearnerStandings;
import dev.roster.enrollment.pricing.application.QuoteService;
import dev.roster.enrollment.pricing.domain.CouponInvalidException;
import dev.roster.enrollment.pricing.domain.PricingPolicy;
import dev.roster.enrollment.purchase.application.CoursesOnSale;
import dev.roster.enrollment.purchase.application.EnrollmentEvents;
import dev.roster.enrollment.purchase.application.Enrollments;
import dev.roster.enrollment.purchase.application.OrderHolds;
import dev.roster.enrollment.purchase.application.Purchase;
import dev.roster.enrollment.purchase.application.PurchaseService;
import dev.roster.enrollment.purchase.application.Seats;
import dev.roster.enrollment.purchase.application.SettlementService;
import dev.roster.enrollment.shared.DomainException;
import dev.roster.enrollment.shared.IdGenerator;
import dev.roster.enrollment.shared.Money;
import dev.roster.testkit.time.MutableClock;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.invariants.PurchaseInvariants;
import dev.roster.testkit.risk.BrokenVariantProof;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scarce discounts under concurrent purchases, through the real purchase service on the real
 * database: the first-order credit goes to one order of a learner, a coupon to no more orders than
 * its limit. Each check is also run against the way it used to be decided (from a read made before
 * the reservation, see {@link DecidedByAnEarlierRead}) and shown to fail there.
 */
@ServiceIT
class OrderDiscountsConcurrencyIT {

    private static final int BUYERS = 8;
    private static final int COUPON_LIMIT = 3;

    @Autowired PurchaseService purchases;
    @Autowired Courses courses;
    @Autowired CatalogService catalog;
    @Autowired CoursesOnSale coursesOnSale;
    @Autowired Coupons coupons;
    @Autowired FirstOrderCredits credits;
    @Autowired LearnerStandings standings;
    @Autowired PricingPolicy policy;
    @Autowired Enrollments enrollments;
    @Autowired Seats seats;
    @Autowired SettlementService settlement;
    @Autowired EnrollmentEvents events;
    @Autowired Transactions transactions;
    @Autowired IdGenerator ids;
    @Autowired MutableClock clock;
    @Autowired FakePaymentGateway provider;
    @Autowired DataSource dataSource;

    private JdbcClient jdbc;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.emptied();
        provider.clear();
        jdbc = JdbcClient.create(dataSource);
    }

    @Test
    @Guards({Risk.FIRST_ORDER_CREDIT_GRANTED_TWICE, Risk.CHARGED_AMOUNT_WRONG})
    void grantsTheFirstOrderCreditToOneOfALearnersConcurrentPurchases() throws Exception {
        LearnerId ada = learner(1);
        List<Purchase> orders = differentCourses(ada, null);

        Map<String, Long> outcomes = buyConcurrently(purchases, orders);

        assertThat(outcomes).containsEntry("CONFIRMED", (long) BUYERS);
        assertCreditGrantedOnce(ada);
        PurchaseInvariants.assertHold(dataSource, provider.records());
    }

    @Test
    @BrokenVariantProof(Risk.FIRST_ORDER_CREDIT_GRANTED_TWICE)
    void wouldCatchACreditDecidedFromAReadBeforeTheReservation() throws Exception {
        LearnerId ada = learner(1);
        PurchaseService variant = purchaseServiceWith(coupons, DecidedByAnEarlierRead.credits(jdbc, BUYERS));

        buyConcurrently(variant, differentCourses(ada, null));

        assertThatThrownBy(() -> assertCreditGrantedOnce(ada)).isInstanceOf(AssertionError.class);
        assertThat(PurchaseInvariants.violations(dataSource, provider.records()))
                .anySatisfy(violation -> assertThat(violation).contains("first-order credit on " + BUYERS));
    }

    @Test
    @Guards(Risk.COUPON_OVER_REDEEMED)
    void givesACouponToNoMoreConcurrentPurchasesThanItsLimit() throws Exception {
        Course course = course(BUYERS);
        addCoupon();

        Map<String, Long> outcomes = buyConcurrently(purchases, differentLearners(course, "LIMITED"));

        assertThat(outcomes).containsEntry("CONFIRMED", (long) COUPON_LIMIT)
                .containsEntry("coupon_invalid:exhausted", (long) BUYERS - COUPON_LIMIT);
        assertCouponHeldWithinItsLimit();
        assertThat(seatsTaken(course)).as("refused purchases hold no seat").isEqualTo(COUPON_LIMIT);
        PurchaseInvariants.assertHold(dataSource, provider.records());
    }

    @Test
    @BrokenVariantProof(Risk.COUPON_OVER_REDEEMED)
    void wouldCatchACouponDecidedFromAReadBeforeTheReservation() throws Exception {
        Course course = course(BUYERS);
        addCoupon();
        PurchaseService variant = purchaseServiceWith(DecidedByAnEarlierRead.coupons(coupons, BUYERS), credits);

        buyConcurrently(variant, differentLearners(course, "LIMITED"));

        assertThatThrownBy(this::assertCouponHeldWithinItsLimit).isInstanceOf(AssertionError.class);
        assertThat(PurchaseInvariants.violations(dataSource, provider.records()))
                .anySatisfy(violation -> assertThat(violation).contains("coupon LIMITED counts"));
    }

    private void assertCreditGrantedOnce(LearnerId learner) {
        int granted = jdbc.sql("""
                        SELECT count(*) FROM enrollment
                         WHERE learner_id = :learner AND price_lines @> '[{"rule": "first_order_credit"}]'""")
                .param("learner", learner.value()).query(Integer.class).single();
        assertThat(granted).as("orders priced with the first-order credit").isEqualTo(1);
        long charged = provider.records().stream().mapToLong(charge -> charge.amountMinor()).sum();
        long answered = jdbc.sql("SELECT sum(total_minor) FROM enrollment WHERE learner_id = :learner")
                .param("learner", learner.value()).query(Long.class).single();
        assertThat(charged).as("charged in all, as the answers said").isEqualTo(answered);
    }

    private void assertCouponHeldWithinItsLimit() {
        int discounted = jdbc.sql("""
                        SELECT count(*) FROM enrollment
                         WHERE status IN ('PENDING_PAYMENT', 'CONFIRMED') AND price_lines @> '[{"rule": "coupon"}]'""")
                .query(Integer.class).single();
        int counted = jdbc.sql("SELECT redemptions FROM coupon WHERE code = 'LIMITED'").query(Integer.class).single();
        assertThat(discounted).as("orders priced with the coupon").isLessThanOrEqualTo(COUPON_LIMIT);
        assertThat(counted).as("the coupon's count").isEqualTo(discounted);
    }

    private PurchaseService purchaseServiceWith(Coupons couponStore, FirstOrderCredits creditStore) {
        QuoteService pricing = new QuoteService(catalog, couponStore, creditStore, standings, policy, clock);
        return new PurchaseService(coursesOnSale, new OrderHolds(seats, new PricingAdapter(pricing)), enrollments,
                provider, settlement, transactions, ids, clock, Duration.ofMinutes(15));
    }

    private Map<String, Long> buyConcurrently(PurchaseService service, List<Purchase> orders) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(orders.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Purchase order : orders) {
                Callable<String> attempt = () -> {
                    start.await();
                    try {
                        return service.purchase(order).enrollment().status().name();
                    } catch (CouponInvalidException refused) {
                        return refused.code() + ":" + refused.reason().reason();
                    } catch (DomainException refused) {
                        return refused.code();
                    }
                };
                futures.add(pool.submit(attempt));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes.stream().collect(Collectors.groupingBy(o -> o, Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Purchase> differentCourses(LearnerId learner, String coupon) {
        List<Purchase> orders = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            orders.add(Purchase.of(learner, course(10).id().value(), coupon, "tok_visa"));
        }
        return orders;
    }

    private List<Purchase> differentLearners(Course course, String coupon) {
        List<Purchase> orders = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            orders.add(Purchase.of(learner(100 + i), course.id().value(), coupon, "tok_visa"));
        }
        return orders;
    }

    private Course course(int capacity) {
        Course course = aCourse().withCapacity(capacity).withPrice(Money.of(80_00, "EUR")).build();
        courses.addIfAbsent(course);
        return course;
    }

    private void addCoupon() {
        Instant now = clock.instant();
        coupons.add(aCoupon().withCode("LIMITED").withPercentOff(20)
                .validBetween(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)))
                .withRedemptions(0, COUPON_LIMIT).build());
    }

    private LearnerId learner(int n) {
        UUID id = new UUID(0x1ea, n);
        jdbc.sql("""
                INSERT INTO learner (id, email, name, password_hash, created_at)
                VALUES (:id, :email, 'Buyer', 'not-a-hash', :at)""").param("at", Timestamp.from(clock.instant()))
                .param("id", id).param("email", "buyer" + n + "@example.com").update();
        return new LearnerId(id);
    }

    private int seatsTaken(Course course) {
        return jdbc.sql("SELECT seats_taken FROM course WHERE id = :id")
                .param("id", course.id().value()).query(Integer.class).single();
    }
}
