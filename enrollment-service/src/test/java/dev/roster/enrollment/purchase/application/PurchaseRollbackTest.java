package dev.roster.enrollment.purchase.application;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static dev.roster.enrollment.pricing.domain.CouponFixtures.aCoupon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.catalog.application.CatalogService;
import dev.roster.enrollment.catalog.application.InMemoryCourses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.payment.application.FakePaymentGateway;
import dev.roster.enrollment.pricing.application.FixedLearnerStandings;
import dev.roster.enrollment.pricing.application.InMemoryCoupons;
import dev.roster.enrollment.pricing.application.InMemoryFirstOrderCredits;
import dev.roster.enrollment.pricing.application.QuoteService;
import dev.roster.enrollment.pricing.domain.PricingPolicy;
import dev.roster.enrollment.purchase.adapter.CatalogAdapter;
import dev.roster.enrollment.purchase.adapter.PricingAdapter;
import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.purchase.domain.Price;
import dev.roster.enrollment.shared.Money;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import dev.roster.testkit.time.MutableClock;
import dev.roster.testkit.risk.BrokenVariantProof;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A purchase refused inside its reservation's transaction leaves nothing behind: not the seat, not the
 * coupon redemption, not the first-order credit, not an event. The transactions here really roll back
 * ({@link RollingBackTransactions}); the refusals come from races the check before the transaction cannot
 * see, so each test lets the competing purchase land between that check and the transaction.
 */
class PurchaseRollbackTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final AtomicLong sequence = new AtomicLong();
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemorySeats seats = new InMemorySeats();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryCoupons coupons = new InMemoryCoupons();
    private final InMemoryFirstOrderCredits credits = new InMemoryFirstOrderCredits();
    private final RecordedEvents events = new RecordedEvents();
    private final FakePaymentGateway provider = new FakePaymentGateway();
    private final LearnerId ada = new LearnerId(UUID.randomUUID());

    @Test
    @Guards({Risk.COUPON_OVER_REDEEMED, Risk.FIRST_ORDER_CREDIT_GRANTED_TWICE, Risk.DECLINE_KEEPS_SEAT})
    void givesBackTheSeatRedemptionAndCreditWhenTheEnrollmentIsRefusedAsAlreadyEnrolled() {
        RollingBackTransactions transactions = new RollingBackTransactions(seats, enrollments, coupons, credits, events);

        assertThatAnAlreadyEnrolledRefusalLeavesNothingHeld(transactions);
        assertThat(transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    @Guards({Risk.COUPON_OVER_REDEEMED, Risk.FIRST_ORDER_CREDIT_GRANTED_TWICE})
    void givesBackTheRedemptionAndCreditWhenTheLastSeatWentSinceTheCheck() {
        Course course = openCourse(1);
        seats.reserve(course.id()); // a concurrent buyer took the last seat after the catalog was read
        RollingBackTransactions transactions = new RollingBackTransactions(seats, enrollments, coupons, credits, events);

        assertThatThrownBy(() -> purchases(enrollments, transactions).purchase(
                Purchase.of(ada, course.id().value(), "ONCE", "tok_visa")))
                .hasFieldOrPropertyWithValue("code", "course_full");

        assertThat(coupons.findByCode("ONCE")).map(c -> c.redemptions()).contains(0);
        assertThat(credits.isHeld(ada.value())).isFalse();
        assertThat(seats.taken(course.id())).isEqualTo(1);
        assertThat(provider.chargeCalls()).isZero();
    }

    /**
     * The same scenario with a pass-through Transactions, as the application tests had: the refusal
     * leaves the seat, the redemption and the credit held, and the assertions above catch it.
     */
    @Test
    @BrokenVariantProof({Risk.COUPON_OVER_REDEEMED, Risk.FIRST_ORDER_CREDIT_GRANTED_TWICE, Risk.DECLINE_KEEPS_SEAT})
    void wouldCatchTransactionsThatDoNotRollBack() {
        Transactions passThrough = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };

        assertThatThrownBy(() -> assertThatAnAlreadyEnrolledRefusalLeavesNothingHeld(passThrough))
                .isInstanceOf(AssertionError.class);
    }

    private void assertThatAnAlreadyEnrolledRefusalLeavesNothingHeld(Transactions transactions) {
        Course course = openCourse(5);
        Enrollment competing = Enrollment.reserve(new EnrollmentId(nextId()), ada, course.id(), noDiscount(),
                Optional.empty(), clock.instant(), Duration.ofMinutes(15));
        CompetingPurchase racing = new CompetingPurchase(enrollments, competing);

        assertThatThrownBy(() -> purchases(racing, transactions).purchase(
                Purchase.of(ada, course.id().value(), "ONCE", "tok_visa")))
                .hasFieldOrPropertyWithValue("code", "already_enrolled");

        assertThat(seats.taken(course.id())).as("seats taken").isZero();
        assertThat(coupons.findByCode("ONCE")).map(c -> c.redemptions()).as("coupon redemptions").contains(0);
        assertThat(credits.isHeld(ada.value())).as("first-order credit held").isFalse();
        assertThat(events).isEmpty();
        assertThat(enrollments.ofLearner(ada, new PageRequest(0, 10)).items())
                .as("the competing enrollment stays, nothing else").containsExactly(competing);
        assertThat(provider.chargeCalls()).isZero();
    }

    private static Price noDiscount() {
        Money price = Money.of(50_00, "EUR");
        return Price.undiscounted(price);
    }

    private PurchaseService purchases(Enrollments store, Transactions transactions) {
        CatalogService catalog = new CatalogService(courses);
        QuoteService pricing = new QuoteService(catalog, coupons, credits, new FixedLearnerStandings(),
                PricingPolicy.allRules(), clock);
        CatalogAdapter onSale = new CatalogAdapter(catalog);
        OrderHolds holds = new OrderHolds(seats, new PricingAdapter(pricing));
        SettlementService settlement = new SettlementService(store, holds, events, onSale, provider, transactions, this::nextId,
                clock);
        return new PurchaseService(onSale, holds, store, provider, settlement, transactions, this::nextId, clock,
                Duration.ofMinutes(15));
    }

    private Course openCourse(int capacity) {
        Course course = aCourse().withCapacity(capacity).withPrice(Money.of(50_00, "EUR")).build();
        courses.addIfAbsent(course);
        seats.track(course);
        coupons.add(aCoupon().withCode("ONCE").validBetween(clock.instant().minusSeconds(60),
                clock.instant().plusSeconds(86_400)).withRedemptions(0, 1).build());
        return course;
    }

    private UUID nextId() {
        return new UUID(1, sequence.incrementAndGet());
    }

    /**
     * The store as a racing request sees it: the learner's other purchase of the course commits right
     * after this one checked for an active enrollment, before this one's transaction begins.
     */
    private static final class CompetingPurchase implements Enrollments {
        private final InMemoryEnrollments store;
        private Enrollment competing;

        CompetingPurchase(InMemoryEnrollments store, Enrollment competing) {
            this.store = store;
            this.competing = competing;
        }

        @Override
        public boolean hasActive(LearnerId learner, CourseId course) {
            boolean active = store.hasActive(learner, course);
            if (competing != null) {
                store.add(competing);
                competing = null;
            }
            return active;
        }

        @Override
        public void add(Enrollment enrollment) {
            store.add(enrollment);
        }

        @Override
        public Optional<Enrollment> findById(EnrollmentId id) {
            return store.findById(id);
        }

        @Override
        public Page<Enrollment> ofLearner(LearnerId learner, PageRequest request) {
            return store.ofLearner(learner, request);
        }

        @Override
        public boolean transition(Enrollment current, Enrollment next, Instant now) {
            return store.transition(current, next, now);
        }

        @Override
        public List<Enrollment> claimPending(Instant now, Duration minAge, Duration lease, int limit) {
            return store.claimPending(now, minAge, lease, limit);
        }

        @Override
        public void markRefundPending(EnrollmentId id, Instant now) {
            store.markRefundPending(id, now);
        }

        @Override
        public void markRefunded(EnrollmentId id, String refundId, Instant now) {
            store.markRefunded(id, refundId, now);
        }

        @Override
        public boolean recordChargeToRefund(EnrollmentId id, String chargeId, Instant now) {
            return store.recordChargeToRefund(id, chargeId, now);
        }

        @Override
        public List<Enrollment> claimExpiredUnpaid(Instant now, Duration window, Duration lease, int limit) {
            return store.claimExpiredUnpaid(now, window, lease, limit);
        }

        @Override
        public List<Enrollment> claimPendingRefunds(Instant now, Duration lease, int limit) {
            return store.claimPendingRefunds(now, lease, limit);
        }
    }
}
