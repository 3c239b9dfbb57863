package dev.roster.enrollment.purchase.application;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.catalog.application.CatalogService;
import dev.roster.enrollment.catalog.application.InMemoryCourses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.payment.application.FakePaymentGateway;
import dev.roster.enrollment.pricing.application.FixedLearnerStandings;
import dev.roster.enrollment.pricing.application.InMemoryCoupons;
import dev.roster.enrollment.pricing.application.InMemoryFirstOrderCredits;
import dev.roster.enrollment.pricing.application.QuoteService;
import dev.roster.enrollment.pricing.domain.PricingPolicy;
import dev.roster.enrollment.purchase.adapter.CatalogAdapter;
import dev.roster.enrollment.purchase.adapter.PricingAdapter;
import dev.roster.enrollment.purchase.domain.EnrollmentEvent;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.purchase.domain.EnrollmentStatus;
import dev.roster.enrollment.shared.Money;
import dev.roster.testkit.time.MutableClock;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PurchaseServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final AtomicLong sequence = new AtomicLong();
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemorySeats seats = new InMemorySeats();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryCoupons coupons = new InMemoryCoupons();
    private final FakePaymentGateway provider = new FakePaymentGateway();
    private final RecordedEvents events = new RecordedEvents();
    private final CatalogService catalog = new CatalogService(courses);
    private final InMemoryFirstOrderCredits credits = new InMemoryFirstOrderCredits();
    private final Transactions transactions = new RollingBackTransactions(seats, enrollments, coupons, credits, events);
    private final QuoteService pricing = new QuoteService(catalog, coupons, credits, new FixedLearnerStandings(),
            PricingPolicy.allRules(), clock);
    private final CatalogAdapter onSale = new CatalogAdapter(catalog);
    private final OrderHolds holds = new OrderHolds(seats, new PricingAdapter(pricing));
    private final SettlementService settlement = new SettlementService(enrollments, holds, events, onSale, provider, transactions,
            this::nextId, clock);
    private final PurchaseService purchases = new PurchaseService(onSale, holds, enrollments, provider, settlement,
            transactions, this::nextId, clock, Duration.ofMinutes(15));
    private final RecordedOutcomes outcomes = new RecordedOutcomes();
    private final ReconciliationService reconciliation = new ReconciliationService(enrollments, provider, settlement, clock,
            Duration.ofSeconds(30), Duration.ofMinutes(1), 10, Duration.ofHours(24), outcomes);
    private final LearnerId ada = new LearnerId(UUID.randomUUID());

    private UUID nextId() {
        return new UUID(1, sequence.incrementAndGet());
    }

    private Course openCourse(int capacity) {
        Course course = aCourse().withCapacity(capacity).withPrice(Money.of(50_00, "EUR")).build();
        courses.addIfAbsent(course);
        seats.track(course);
        return course;
    }

    private PurchaseResult buy(Course course, String token) {
        return purchases.purchase(Purchase.of(ada, course.id().value(), null, token));
    }

    @Test
    void confirmsAPaidPurchaseAndAnnouncesIt() {
        Course course = openCourse(10);

        PurchaseResult result = buy(course, "tok_visa");

        assertThat(result).isInstanceOf(PurchaseResult.Confirmed.class);
        assertThat(result.enrollment().status()).isEqualTo(EnrollmentStatus.CONFIRMED);
        assertThat(result.enrollment().price().total()).isEqualTo(Money.of(45_00, "EUR"));
        assertThat(seats.taken(course.id())).isEqualTo(1);
        assertThat(provider.charges()).singleElement()
                .satisfies(charge -> assertThat(charge.idempotencyKey()).isEqualTo(result.enrollment().id().toString()));
        assertThat(events).singleElement().isInstanceOf(EnrollmentEvent.EnrollmentConfirmed.class);
    }

    @Test
    @Guards(Risk.DECLINE_KEEPS_SEAT)
    void releasesTheSeatWhenThePaymentIsDeclined() {
        Course course = openCourse(1);

        PurchaseResult result = buy(course, "tok_chargeDeclined");

        assertThat(result).isInstanceOf(PurchaseResult.Declined.class);
        assertThat(result.enrollment().reason()).contains("payment_declined");
        assertThat(seats.taken(course.id())).isZero();
        assertThat(events).isEmpty();
    }

    @Test
    @Guards(Risk.PAYMENT_TIMEOUT_AMBIGUOUS)
    void leavesAnEnrollmentPendingWhenThePaymentOutcomeIsUnknown() {
        Course course = openCourse(1);

        PurchaseResult result = buy(course, "tok_slow");

        assertThat(result).isInstanceOf(PurchaseResult.Pending.class);
        assertThat(enrollments.findById(result.enrollment().id())).get()
                .extracting(e -> e.status()).isEqualTo(EnrollmentStatus.PENDING_PAYMENT);
        assertThat(seats.taken(course.id())).as("the seat stays held until the outcome is known").isEqualTo(1);
    }

    @Test
    @Guards(Risk.PAYMENT_TIMEOUT_AMBIGUOUS)
    void reconciliationConfirmsAPendingEnrollmentTheProviderCharged() {
        Course course = openCourse(1);
        EnrollmentId id = buy(course, "tok_slow").enrollment().id();

        clock.advance(Duration.ofMinutes(1));
        reconciliation.run();

        assertThat(enrollments.findById(id)).get().extracting(e -> e.status()).isEqualTo(EnrollmentStatus.CONFIRMED);
        assertThat(events).singleElement().isInstanceOf(EnrollmentEvent.EnrollmentConfirmed.class);
    }

    @Test
    @Guards({Risk.PAYMENT_TIMEOUT_AMBIGUOUS, Risk.HOLD_EXPIRY_WRONG})
    void reconciliationExpiresAnUnchargedEnrollmentOnlyAfterItsHold() {
        Course course = openCourse(1);
        EnrollmentId id = buy(course, "tok_unreachable").enrollment().id();

        clock.advance(Duration.ofMinutes(14));
        reconciliation.run();
        assertThat(enrollments.findById(id)).get().extracting(e -> e.status()).isEqualTo(EnrollmentStatus.PENDING_PAYMENT);

        // the run at 14 minutes leased the row for a minute: the next run that may look at it comes after that
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        reconciliation.run();
        assertThat(enrollments.findById(id)).get().extracting(e -> e.status()).isEqualTo(EnrollmentStatus.EXPIRED);
        assertThat(seats.taken(course.id())).isZero();
    }

    @Test
    @Guards(Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY)
    void reconciliationLeavesEverythingWhileTheProviderIsDown() {
        Course course = openCourse(1);
        EnrollmentId id = buy(course, "tok_slow").enrollment().id();
        provider.reachable(false);

        clock.advance(Duration.ofHours(1));
        reconciliation.run();

        assertThat(enrollments.findById(id)).get().extracting(e -> e.status()).isEqualTo(EnrollmentStatus.PENDING_PAYMENT);
        assertThat(seats.taken(course.id())).isEqualTo(1);
    }

    @Test
    @Guards(Risk.ELIGIBILITY_RULE_WRONG)
    void refusesAFullClosedOrAlreadyBoughtCourseBeforeCharging() {
        Course full = openCourse(0);
        Course closed = aCourse().withStatus(CourseStatus.CLOSED).build();
        courses.addIfAbsent(closed);
        seats.track(closed);
        Course bought = openCourse(5);
        buy(bought, "tok_visa");
        int callsBefore = provider.chargeCalls();

        assertThatThrownBy(() -> buy(full, "tok_visa")).hasFieldOrPropertyWithValue("code", "course_full");
        assertThatThrownBy(() -> buy(closed, "tok_visa")).hasFieldOrPropertyWithValue("code", "course_not_open");
        assertThatThrownBy(() -> buy(bought, "tok_visa")).hasFieldOrPropertyWithValue("code", "already_enrolled");
        assertThat(provider.chargeCalls()).isEqualTo(callsBefore);
    }

    @Test
    void cancelsAConfirmedEnrollmentReleasingTheSeatAndRefunding() {
        Course course = openCourse(1);
        EnrollmentId id = buy(course, "tok_visa").enrollment().id();

        var cancelled = purchases.cancel(ada, id);

        assertThat(cancelled.status()).isEqualTo(EnrollmentStatus.CANCELLED);
        assertThat(seats.taken(course.id())).isZero();
        assertThat(provider.charges()).singleElement().satisfies(charge -> assertThat(charge.refunded()).isTrue());
        assertThat(enrollments.refundPending(id)).isFalse();
        assertThat(events).extracting(EnrollmentEvent::type).containsExactly("EnrollmentConfirmed", "EnrollmentCancelled");
    }

    @Test
    @Guards(Risk.REFUND_LOST_OR_DOUBLED)
    void keepsARefundPendingUntilTheProviderAnswers() {
        Course course = openCourse(1);
        EnrollmentId id = buy(course, "tok_visa").enrollment().id();
        provider.reachable(false);

        purchases.cancel(ada, id);
        assertThat(enrollments.refundPending(id)).isTrue();

        provider.reachable(true);
        reconciliation.run();
        assertThat(enrollments.refundPending(id)).isFalse();
        assertThat(provider.charges()).singleElement().satisfies(charge -> assertThat(charge.refunded()).isTrue());
    }

    @Test
    @Guards(Risk.CROSS_LEARNER_READ)
    void showsAnEnrollmentToItsOwnerOnly() {
        Course course = openCourse(1);
        EnrollmentId id = buy(course, "tok_visa").enrollment().id();

        assertThat(purchases.enrollment(ada, id).id()).isEqualTo(id);
        assertThatThrownBy(() -> purchases.enrollment(new LearnerId(UUID.randomUUID()), id))
                .isInstanceOf(EnrollmentNotFoundException.class);
        assertThatThrownBy(() -> purchases.cancel(new LearnerId(UUID.randomUUID()), id))
                .isInstanceOf(EnrollmentNotFoundException.class);
    }

    @Test
    void reportsWhatEachReconciliationRunResolved() {
        buy(openCourse(1), "tok_slow");
        buy(openCourse(1), "tok_unreachable");
        buy(openCourse(1), "tok_late");
        clock.advance(Duration.ofMinutes(14));
        buy(openCourse(1), "tok_unreachable");
        clock.advance(Duration.ofMinutes(1));

        assertThat(reconciliation.run()).as("charged, two holds over, one still within its hold")
                .isEqualTo(new ReconciliationService.Report(1, 0, 2, 1, 0, 0));
        assertThat(outcomes.reconciliations()).as("each pending payment reported to operators once")
                .containsExactlyInAnyOrder(ReconciliationOutcome.CONFIRMED, ReconciliationOutcome.EXPIRED,
                        ReconciliationOutcome.EXPIRED, ReconciliationOutcome.RETRY_LATER);

        provider.landChargesInFlight();
        clock.advance(Duration.ofMinutes(2));

        assertThat(reconciliation.run()).as("the late charge found and refunded; the uncharged expiry is no late charge")
                .isEqualTo(new ReconciliationService.Report(0, 0, 0, 1, 1, 1));
    }

    @Test
    @Guards(Risk.CHARGE_AFTER_HOLD_EXPIRED)
    void refundsAChargeThatLandsAfterItsEnrollmentExpired() {
        Course course = openCourse(1);
        EnrollmentId id = buy(course, "tok_late").enrollment().id();
        clock.advance(Duration.ofMinutes(15));
        reconciliation.run();
        assertThat(enrollments.findById(id)).get().extracting(e -> e.status()).isEqualTo(EnrollmentStatus.EXPIRED);

        provider.landChargesInFlight();
        clock.advance(Duration.ofMinutes(2));
        var report = reconciliation.run();

        assertThat(report.lateCharges()).isEqualTo(1);
        assertThat(provider.charges()).singleElement().satisfies(charge -> assertThat(charge.refunded()).isTrue());
        assertThat(enrollments.findById(id)).get().satisfies(e -> {
            assertThat(e.status()).isEqualTo(EnrollmentStatus.EXPIRED);
            assertThat(e.chargeId()).isPresent();
        });
        assertThat(enrollments.refundPending(id)).isFalse();
        assertThat(seats.taken(course.id())).isZero();
        assertThat(events).as("no confirmation for a seat the learner does not hold").isEmpty();
    }

    @Test
    @Guards({Risk.CHARGE_AFTER_HOLD_EXPIRED, Risk.SETTLEMENT_RACE})
    void marksForRefundAChargeTheRequestLearnsOfOnlyAfterReconciliationExpiredTheEnrollment() {
        Course course = openCourse(1);
        var pending = buy(course, "tok_unreachable").enrollment();
        clock.advance(Duration.ofMinutes(15));
        reconciliation.run();

        var answered = settlement.confirm(pending, java.util.Optional.of("ch_late"));

        assertThat(answered.status()).isEqualTo(EnrollmentStatus.EXPIRED);
        assertThat(enrollments.refundPending(pending.id())).isTrue();
        assertThat(enrollments.findById(pending.id())).get().extracting(e -> e.chargeId().orElseThrow())
                .isEqualTo("ch_late");
        assertThat(events).isEmpty();
    }

    @Test
    @Guards(Risk.COUPON_OVER_REDEEMED)
    void givesTheCouponAndTheFirstOrderCreditBackWhenThePaymentIsDeclined() {
        Course course = openCourse(5);
        coupons.add(dev.roster.enrollment.pricing.domain.CouponFixtures.aCoupon().withCode("ONCE")
                .validBetween(clock.instant().minusSeconds(60), clock.instant().plusSeconds(86_400))
                .withRedemptions(0, 1).build());

        PurchaseResult declined = purchases.purchase(
                Purchase.of(ada, course.id().value(), "ONCE", "tok_chargeDeclined"));
        assertThat(declined.enrollment().price().lines()).extracting(line -> line.rule())
                .contains("coupon", "first_order_credit");

        assertThat(coupons.findByCode("ONCE")).get().extracting(c -> c.redemptions()).isEqualTo(0);
        assertThat(credits.isHeld(ada.value())).isFalse();
        PurchaseResult next = purchases.purchase(Purchase.of(ada, course.id().value(), "ONCE", "tok_visa"));
        assertThat(next.enrollment().price().lines()).extracting(line -> line.rule())
                .contains("coupon", "first_order_credit");
    }

    @Test
    @Guards(Risk.COUPON_OVER_REDEEMED)
    void givesTheCouponAndTheCreditBackWhenAnEnrollmentIsCancelledOrExpires() {
        Course course = openCourse(5);
        coupons.add(dev.roster.enrollment.pricing.domain.CouponFixtures.aCoupon().withCode("TWICE")
                .validBetween(clock.instant().minusSeconds(60), clock.instant().plusSeconds(86_400))
                .withRedemptions(0, 2).build());
        EnrollmentId confirmed = purchases.purchase(Purchase.of(ada, course.id().value(), "TWICE", "tok_visa"))
                .enrollment().id();
        Course other = openCourse(5);
        purchases.purchase(Purchase.of(ada, other.id().value(), "TWICE", "tok_unreachable"));
        assertThat(coupons.findByCode("TWICE")).get().extracting(c -> c.redemptions()).isEqualTo(2);

        purchases.cancel(ada, confirmed);
        clock.advance(Duration.ofMinutes(15));
        reconciliation.run();

        assertThat(coupons.findByCode("TWICE")).get().extracting(c -> c.redemptions()).isEqualTo(0);
        assertThat(credits.isHeld(ada.value())).isFalse();
    }

    @Test
    @Guards(Risk.REFUND_LOST_OR_DOUBLED)
    void answersARepeatedCancelWithTheCancelledEnrollmentAndChangesNothing() {
        Course course = openCourse(1);
        EnrollmentId id = buy(course, "tok_visa").enrollment().id();
        var first = purchases.cancel(ada, id);

        var repeat = purchases.cancel(ada, id);

        assertThat(repeat).isEqualTo(first);
        assertThat(seats.taken(course.id())).isZero();
        assertThat(events).extracting(EnrollmentEvent::type).containsExactly("EnrollmentConfirmed", "EnrollmentCancelled");
    }

    @Test
    @Guards(Risk.INVALID_STATE_TRANSITION)
    void refusesToCancelAnEnrollmentThatWasNeverConfirmed() {
        Course course = openCourse(1);
        EnrollmentId id = buy(course, "tok_chargeDeclined").enrollment().id();

        assertThatThrownBy(() -> purchases.cancel(ada, id)).hasFieldOrPropertyWithValue("code", "invalid_transition");
    }
}
