package dev.roster.enrollment.purchase.application;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.catalog.application.CourseCatalog;
import dev.roster.enrollment.pricing.application.QuoteService;
import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.purchase.domain.EnrollmentEvent;
import dev.roster.enrollment.purchase.domain.EnrollmentStatus;
import dev.roster.enrollment.shared.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles a pending enrollment once its payment outcome is known, each in one transaction. Used by
 * the purchase request and by reconciliation alike; whichever comes second finds the enrollment
 * already settled and changes nothing.
 */
public class Settlement {

    private static final Logger log = LoggerFactory.getLogger(Settlement.class);

    private final Enrollments enrollments;
    private final Seats seats;
    private final QuoteService pricing;
    private final EnrollmentEvents events;
    private final CourseCatalog catalog;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public Settlement(Enrollments enrollments, Seats seats, QuoteService pricing, EnrollmentEvents events,
                      CourseCatalog catalog, Transactions transactions, IdGenerator ids, Clock clock) {
        this.enrollments = enrollments;
        this.seats = seats;
        this.pricing = pricing;
        this.events = events;
        this.catalog = catalog;
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
            // microseconds, as PostgreSQL keeps them, so an answer and a later read agree
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Enrollment confirmed = pending.confirm(chargeId, now);
            if (!enrollments.transition(pending, confirmed, now)) {
                Enrollment current = current(pending);
                chargeId.ifPresent(charge -> refundIfUnowned(current, charge, now));
                return current;
            }
            events.publish(new EnrollmentEvent.EnrollmentConfirmed(ids.next(), now, confirmed.id(),
                    confirmed.learnerId().value(), confirmed.courseId().value(), titleOf(confirmed),
                    confirmed.price().total()));
            return confirmed;
        });
    }

    /** Not paid: rejected with the reason; seat and discounts given back. */
    public Enrollment reject(Enrollment pending, String reason) {
        return transactions.inTransaction(() -> {
            Enrollment rejected = pending.reject(reason);
            if (!enrollments.transition(pending, rejected, clock.instant())) {
                return current(pending);
            }
            release(pending);
            return rejected;
        });
    }

    /** Never paid and the hold is over: expired; seat and discounts given back. */
    public Enrollment expire(Enrollment pending) {
        return transactions.inTransaction(() -> {
            Enrollment expired = pending.expire();
            if (!enrollments.transition(pending, expired, clock.instant())) {
                return current(pending);
            }
            release(pending);
            return expired;
        });
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

    private void release(Enrollment pending) {
        seats.release(pending.courseId());
        pricing.releaseOrder(pending.id().value());
    }

    private Enrollment current(Enrollment enrollment) {
        return enrollments.findById(enrollment.id()).orElseThrow(EnrollmentNotFoundException::new);
    }

    String titleOf(Enrollment enrollment) {
        return catalog.title(enrollment.courseId());
    }
}
