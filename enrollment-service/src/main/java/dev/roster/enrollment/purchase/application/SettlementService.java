package dev.roster.enrollment.purchase.application;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.pricing.application.QuoteService;
import dev.roster.enrollment.payment.application.PaymentGateway;
import dev.roster.enrollment.payment.domain.RefundOutcome;
import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.purchase.domain.EnrollmentEvent;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.purchase.domain.EnrollmentStatus;
import dev.roster.enrollment.shared.IdGenerator;
import dev.roster.enrollment.shared.Timestamps;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles an enrollment once its outcome is known, each in one transaction: paid, declined, expired,
 * cancelled, and the refunds that follow. Used by the purchase request and by reconciliation alike;
 * whichever comes second finds the enrollment already settled and changes nothing.
 */
public class SettlementService {

    private static final Logger log = LoggerFactory.getLogger(SettlementService.class);

    private final Enrollments enrollments;
    private final OrderHolds holds;
    private final EnrollmentEvents events;
    private final CoursesOnSale courses;
    private final PaymentGateway gateway;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public SettlementService(Enrollments enrollments, OrderHolds holds, EnrollmentEvents events, CoursesOnSale courses,
                      PaymentGateway gateway, Transactions transactions, IdGenerator ids, Clock clock) {
        this.enrollments = enrollments;
        this.holds = holds;
        this.events = events;
        this.courses = courses;
        this.gateway = gateway;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Paid: confirmed, confirmation event in the outbox. When the enrollment already ended without
     * being paid (its hold expired, or it was rejected) the charge is recorded as one to refund:
     * the learner never keeps paying for a seat they do not hold.
     */
    public Enrollment confirm(Enrollment pending, Optional<String> chargeId) {
        return transactions.inTransaction(() -> {
            Instant now = Timestamps.now(clock);
            Enrollment confirmed = pending.confirm(chargeId, now);
            if (!enrollments.transition(pending, confirmed, now)) {
                Enrollment current = current(pending);
                chargeId.ifPresent(charge -> refundIfUnowned(current, charge, now));
                return current;
            }
            events.record(new EnrollmentEvent.EnrollmentConfirmed(ids.next(), now, confirmed.id(),
                    confirmed.learnerId().value(), confirmed.courseId().value(), titleOf(confirmed),
                    confirmed.price().total()));
            return confirmed;
        });
    }

    /** Not paid: rejected with the reason; seat and discounts given back. */
    public Enrollment reject(Enrollment pending, String reason) {
        return endWithoutASeat(pending, pending.reject(reason));
    }

    /** Never paid and the hold is over: expired; seat and discounts given back. */
    public Enrollment expire(Enrollment pending) {
        return endWithoutASeat(pending, pending.expire());
    }

    /**
     * Cancelled: seat and discounts given back, the cancellation event written and a charge marked for
     * refund, together; the refund itself is asked for outside the transaction ({@link #refund}).
     *
     * @return false when the enrollment was no longer {@code confirmed} (a concurrent cancel won)
     */
    public boolean cancel(Enrollment confirmed) {
        Enrollment cancelled = confirmed.cancel();
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            if (!enrollments.transition(confirmed, cancelled, now)) {
                return false;
            }
            holds.giveBack(confirmed);
            events.record(new EnrollmentEvent.EnrollmentCancelled(ids.next(), now, confirmed.id(),
                    confirmed.learnerId().value(), confirmed.courseId().value(), titleOf(confirmed),
                    confirmed.price().total()));
            if (confirmed.chargeId().isPresent()) {
                enrollments.markRefundPending(confirmed.id(), now);
            }
            return true;
        });
    }

    /**
     * Asks the provider to refund the charge (its key, {@code refund-<enrollment id>}, makes a repeat
     * harmless) and records the refund when it is done; an unknown outcome stays pending for
     * reconciliation.
     *
     * @return true when the refund is done
     */
    public boolean refund(EnrollmentId id, String chargeId) {
        if (gateway.refund(chargeId, "refund-" + id) instanceof RefundOutcome.Refunded refunded) {
            enrollments.markRefunded(id, refunded.refundId(), clock.instant());
            return true;
        }
        return false;
    }

    /**
     * A charge that succeeded for an enrollment that ended unpaid (a provider slower than the hold):
     * recorded and marked for refund, which reconciliation then carries out.
     *
     * @return true when this call recorded it (false: the enrollment holds a charge already, or owns it)
     */
    public boolean refundLateCharge(Enrollment ended, String chargeId) {
        return transactions.inTransaction(() -> refundIfUnowned(ended, chargeId, clock.instant()));
    }

    private Enrollment endWithoutASeat(Enrollment pending, Enrollment ended) {
        return transactions.inTransaction(() -> {
            if (!enrollments.transition(pending, ended, clock.instant())) {
                return current(pending);
            }
            holds.giveBack(pending);
            return ended;
        });
    }

    private boolean refundIfUnowned(Enrollment current, String chargeId, Instant now) {
        if (current.status().holdsASeat() || current.status() == EnrollmentStatus.CANCELLED) {
            return false;
        }
        boolean recorded = enrollments.recordChargeToRefund(current.id(), chargeId, now);
        if (recorded) {
            log.warn("Charge {} succeeded after enrollment {} ended {}; it will be refunded", chargeId,
                    current.id(), current.status());
        }
        return recorded;
    }

    private Enrollment current(Enrollment enrollment) {
        return enrollments.findById(enrollment.id()).orElseThrow(EnrollmentNotFoundException::new);
    }

    private String titleOf(Enrollment enrollment) {
        return courses.titleOf(enrollment.courseId());
    }
}
