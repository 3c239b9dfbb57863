package dev.roster.enrollment.purchase.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.purchase.domain.EnrollmentStatus;
import dev.roster.enrollment.purchase.domain.Price;
import dev.roster.enrollment.shared.Money;
import dev.roster.enrollment.shared.PageRequest;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The promises of the {@link Enrollments} port, run against the in-memory fake ({@link InMemoryEnrollmentsTest})
 * and JdbcEnrollments on PostgreSQL (JdbcEnrollmentsIT): above all the claims, whose leases keep two
 * reconciliation runs (or two instances) off one row, and which the application tests trust the fake for.
 */
public abstract class EnrollmentsContract {

    protected static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final Duration MIN_AGE = Duration.ofSeconds(30);
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration WINDOW = Duration.ofHours(24);

    /** The store under test, empty when the test starts. */
    protected abstract Enrollments enrollments();

    /** A learner the store may refer to (a row, where the store keeps foreign keys). */
    protected abstract LearnerId aLearner();

    /** A course the store may refer to. */
    protected abstract CourseId aCourse();

    @Test
    @Guards(Risk.REPOSITORY_FAILS_ON_REAL_DATABASE)
    void addsAnEnrollmentAndReadsBackEveryField() {
        Money list = Money.of(100_00, "EUR");
        Price price = new Price(list, List.of(new Price.Line("coupon", Money.of(10_00, "EUR")),
                new Price.Line("first_order_credit", Money.of(5_00, "EUR"))), Money.of(85_00, "EUR"));
        Enrollment enrollment = Enrollment.reserve(newId(), aLearner(), aCourse(), price, Optional.of("SPRING10"),
                T0.plusNanos(123_000), Duration.ofMinutes(15));

        enrollments().add(enrollment);

        assertThat(enrollments().findById(enrollment.id())).contains(enrollment);
        assertThat(enrollments().findById(newId())).isEmpty();
    }

    @Test
    @Guards(Risk.DUPLICATE_ENROLLMENT)
    void refusesASecondActiveEnrollmentForOneLearnerAndCourse() {
        LearnerId learner = aLearner();
        CourseId course = aCourse();
        Enrollment first = add(pending(learner, course, T0));

        assertThatThrownBy(() -> enrollments().add(pending(learner, course, T0.plusSeconds(1))))
                .isInstanceOfSatisfying(PurchaseRefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo("already_enrolled"));
        assertThat(enrollments().hasActive(learner, course)).isTrue();

        enrollments().transition(first, first.reject("payment_declined"), T0.plusSeconds(2));
        assertThat(enrollments().hasActive(learner, course)).isFalse();
        Enrollment again = add(pending(learner, course, T0.plusSeconds(3)));
        assertThat(enrollments().findById(again.id())).isPresent();
    }

    @Test
    void countsPendingAndConfirmedAsActiveAndNothingElse() {
        LearnerId learner = aLearner();
        CourseId pendingCourse = aCourse();
        CourseId confirmedCourse = aCourse();
        CourseId expiredCourse = aCourse();
        add(pending(learner, pendingCourse, T0));
        Enrollment confirmed = add(pending(learner, confirmedCourse, T0));
        enrollments().transition(confirmed, confirmed.confirm(Optional.of("ch_1"), T0), T0);
        Enrollment expired = add(pending(learner, expiredCourse, T0));
        enrollments().transition(expired, expired.expire(), T0);

        assertThat(enrollments().hasActive(learner, pendingCourse)).isTrue();
        assertThat(enrollments().hasActive(learner, confirmedCourse)).isTrue();
        assertThat(enrollments().hasActive(learner, expiredCourse)).isFalse();
        assertThat(enrollments().hasActive(aLearner(), pendingCourse)).isFalse();
    }

    @Test
    @Guards(Risk.CROSS_LEARNER_READ)
    void listsALearnersEnrollmentsNewestFirstInPages() {
        LearnerId ada = aLearner();
        Enrollment oldest = add(pending(ada, aCourse(), T0));
        Enrollment middle = add(pending(ada, aCourse(), T0.plusSeconds(1)));
        Enrollment newest = add(pending(ada, aCourse(), T0.plusSeconds(2)));
        add(pending(aLearner(), aCourse(), T0.plusSeconds(3)));

        var first = enrollments().ofLearner(ada, new PageRequest(0, 2));
        var second = enrollments().ofLearner(ada, new PageRequest(1, 2));

        assertThat(first.items()).containsExactly(newest, middle);
        assertThat(second.items()).containsExactly(oldest);
        assertThat(first.totalItems()).isEqualTo(3);
    }

    @Test
    @Guards(Risk.INVALID_STATE_TRANSITION)
    void storesATransitionOnlyFromTheStatusStillStored() {
        Enrollment pending = add(pending(aLearner(), aCourse(), T0));
        Enrollment confirmed = pending.confirm(Optional.of("ch_1"), T0.plusSeconds(5));

        assertThat(enrollments().transition(pending, confirmed, T0.plusSeconds(5))).isTrue();
        assertThat(enrollments().transition(pending, pending.expire(), T0.plusSeconds(6))).isFalse();

        assertThat(enrollments().findById(pending.id())).contains(confirmed);
    }

    @Test
    @Guards(Risk.PAYMENT_TIMEOUT_AMBIGUOUS)
    void claimsOldEnoughPendingEnrollmentsOldestFirstUpToTheLimit() {
        Enrollment second = add(pending(aLearner(), aCourse(), T0.plusSeconds(1)));
        Enrollment first = add(pending(aLearner(), aCourse(), T0));
        Enrollment young = add(pending(aLearner(), aCourse(), T0.plusSeconds(60)));
        Enrollment settled = add(pending(aLearner(), aCourse(), T0));
        enrollments().transition(settled, settled.confirm(Optional.of("ch_1"), T0), T0);
        Instant now = T0.plusSeconds(60).plus(MIN_AGE).minusNanos(1_000);

        assertThat(enrollments().claimPending(now, MIN_AGE, LEASE, 1)).containsExactly(first);
        assertThat(enrollments().claimPending(now, MIN_AGE, LEASE, 10)).containsExactly(second);
        assertThat(enrollments().claimPending(now.plusNanos(1_000), MIN_AGE, LEASE, 10)).containsExactly(young);
    }

    @Test
    @Guards(Risk.PAYMENT_TIMEOUT_AMBIGUOUS)
    void skipsAClaimedPendingEnrollmentUntilItsLeaseHasEnded() {
        Enrollment pending = add(pending(aLearner(), aCourse(), T0));
        Instant now = T0.plus(MIN_AGE);
        assertThat(enrollments().claimPending(now, MIN_AGE, LEASE, 10)).containsExactly(pending);

        assertThat(enrollments().claimPending(now.plus(LEASE).minusNanos(1_000), MIN_AGE, LEASE, 10)).isEmpty();
        assertThat(enrollments().claimPending(now.plus(LEASE), MIN_AGE, LEASE, 10)).as("the lease ends after it").isEmpty();
        assertThat(enrollments().claimPending(now.plus(LEASE).plusNanos(1_000), MIN_AGE, LEASE, 10))
                .containsExactly(pending);
    }

    @Test
    @Guards(Risk.CHARGE_AFTER_HOLD_EXPIRED)
    void claimsAnEnrollmentThatExpiredUnpaidRightAfterItsSettlementEndedThePendingLease() {
        Enrollment pending = add(pending(aLearner(), aCourse(), T0));
        Instant now = T0.plus(Duration.ofMinutes(15));
        enrollments().claimPending(now, MIN_AGE, LEASE, 10);
        Enrollment expired = pending.expire();
        enrollments().transition(pending, expired, now);

        assertThat(enrollments().claimExpiredUnpaid(now, WINDOW, LEASE, 10)).containsExactly(expired);
        assertThat(enrollments().claimExpiredUnpaid(now.plusSeconds(30), WINDOW, LEASE, 10)).isEmpty();
        assertThat(enrollments().claimExpiredUnpaid(now.plus(LEASE).plusNanos(1_000), WINDOW, LEASE, 10))
                .containsExactly(expired);
        assertThat(enrollments().claimExpiredUnpaid(now.plus(WINDOW), WINDOW, LEASE, 10))
                .as("only within the window after it expired").isEmpty();
    }

    @Test
    @Guards(Risk.CHARGE_AFTER_HOLD_EXPIRED)
    void leavesOutExpiredEnrollmentsWithACharge() {
        Enrollment pending = add(pending(aLearner(), aCourse(), T0));
        Enrollment expired = pending.expire();
        enrollments().transition(pending, expired, T0.plusSeconds(1));

        assertThat(enrollments().recordChargeToRefund(expired.id(), "ch_late", T0.plusSeconds(2))).isTrue();

        assertThat(enrollments().claimExpiredUnpaid(T0.plusSeconds(3), WINDOW, LEASE, 10)).isEmpty();
    }

    @Test
    @Guards(Risk.REFUND_LOST_OR_DOUBLED)
    void claimsAPendingRefundOnceUntilItsLeaseEndsAndNeverAfterItIsRefunded() {
        Enrollment cancelled = cancelledWithCharge("ch_1", T0);
        enrollments().markRefundPending(cancelled.id(), T0);

        assertThat(enrollments().claimPendingRefunds(T0, LEASE, 10)).containsExactly(cancelled);
        assertThat(enrollments().claimPendingRefunds(T0.plusSeconds(30), LEASE, 10)).isEmpty();
        assertThat(enrollments().claimPendingRefunds(T0.plus(LEASE).plusNanos(1_000), LEASE, 10))
                .containsExactly(cancelled);

        enrollments().markRefunded(cancelled.id(), "re_1", T0.plus(LEASE).plusSeconds(1));
        assertThat(enrollments().claimPendingRefunds(T0.plus(Duration.ofHours(1)), LEASE, 10)).isEmpty();
    }

    @Test
    @Guards(Risk.REFUND_LOST_OR_DOUBLED)
    void recordsALateChargeForRefundOnceAndOnlyOnAnUnpaidEndedEnrollment() {
        Enrollment pending = add(pending(aLearner(), aCourse(), T0));
        Enrollment rejected = pending.reject("payment_declined");
        enrollments().transition(pending, rejected, T0);
        Enrollment confirmed = cancelledWithCharge("ch_confirmed", T0);

        assertThat(enrollments().recordChargeToRefund(rejected.id(), "ch_late", T0.plusSeconds(1))).isTrue();
        assertThat(enrollments().recordChargeToRefund(rejected.id(), "ch_other", T0.plusSeconds(2))).isFalse();
        assertThat(enrollments().recordChargeToRefund(confirmed.id(), "ch_late", T0.plusSeconds(2))).isFalse();

        assertThat(enrollments().findById(rejected.id())).get()
                .satisfies(e -> assertThat(e.chargeId()).contains("ch_late"));
        assertThat(enrollments().claimPendingRefunds(T0.plusSeconds(3), LEASE, 10))
                .singleElement().satisfies(e -> assertThat(e.id()).isEqualTo(rejected.id()));
    }

    @Test
    @Guards(Risk.REFUND_LOST_OR_DOUBLED)
    void claimsNoRefundForAnEnrollmentWithoutACharge() {
        Enrollment pending = add(pending(aLearner(), aCourse(), T0));
        Enrollment confirmed = pending.confirm(Optional.empty(), T0);
        enrollments().transition(pending, confirmed, T0);
        enrollments().transition(confirmed, confirmed.cancel(), T0);

        enrollments().markRefundPending(pending.id(), T0);

        assertThat(enrollments().claimPendingRefunds(T0.plusSeconds(1), LEASE, 10)).isEmpty();
    }

    private Enrollment cancelledWithCharge(String chargeId, Instant at) {
        Enrollment pending = add(pending(aLearner(), aCourse(), at));
        Enrollment confirmed = pending.confirm(Optional.of(chargeId), at);
        enrollments().transition(pending, confirmed, at);
        Enrollment cancelled = confirmed.cancel();
        enrollments().transition(confirmed, cancelled, at);
        return cancelled;
    }

    private Enrollment add(Enrollment enrollment) {
        enrollments().add(enrollment);
        return enrollment;
    }

    private static Enrollment pending(LearnerId learner, CourseId course, Instant createdAt) {
        Money price = Money.of(50_00, "EUR");
        return Enrollment.reserve(newId(), learner, course, Price.undiscounted(price),
                Optional.empty(), createdAt, Duration.ofMinutes(15));
    }

    private static EnrollmentId newId() {
        return new EnrollmentId(UUID.randomUUID());
    }
}
