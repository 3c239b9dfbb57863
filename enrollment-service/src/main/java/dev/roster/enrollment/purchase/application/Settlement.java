package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.catalog.application.CourseCatalog;
import dev.roster.enrollment.pricing.application.Coupons;
import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.purchase.domain.EnrollmentEvent;
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
    private final Coupons coupons;
    private final EnrollmentEvents events;
    private final CourseCatalog catalog;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public Settlement(Enrollments enrollments, Seats seats, Coupons coupons, EnrollmentEvents events,
                      CourseCatalog catalog, Transactions transactions, IdGenerator ids, Clock clock) {
        this.enrollments = enrollments;
        this.seats = seats;
        this.coupons = coupons;
        this.events = events;
        this.catalog = catalog;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /** Paid: confirmed, coupon redemption counted, confirmation event in the outbox. */
    public Enrollment confirm(Enrollment pending, Optional<String> chargeId) {
        return transactions.inTransaction(() -> {
            // microseconds, as PostgreSQL keeps them, so an answer and a later read agree
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Enrollment confirmed = pending.confirm(chargeId, now);
            if (!enrollments.transition(pending, confirmed, now)) {
                return current(pending);
            }
            pending.couponCode().ifPresent(code -> {
                if (!coupons.redeem(code, now)) {
                    // the learner has paid the quoted price; the seat is theirs. Counted as a warning
                    // because only a race at the coupon's last redemption gets here.
                    log.warn("Coupon {} could not be counted for enrollment {} (exhausted or expired meanwhile)",
                            code, pending.id());
                }
            });
            events.publish(new EnrollmentEvent.EnrollmentConfirmed(ids.next(), now, confirmed.id(),
                    confirmed.learnerId().value(), confirmed.courseId().value(), titleOf(confirmed),
                    confirmed.price().total()));
            return confirmed;
        });
    }

    /** Not paid: rejected with the reason, seat given back. */
    public Enrollment reject(Enrollment pending, String reason) {
        return transactions.inTransaction(() -> {
            Enrollment rejected = pending.reject(reason);
            if (!enrollments.transition(pending, rejected, clock.instant())) {
                return current(pending);
            }
            seats.release(pending.courseId());
            return rejected;
        });
    }

    /** Never paid and the hold is over: expired, seat given back. */
    public Enrollment expire(Enrollment pending) {
        return transactions.inTransaction(() -> {
            Enrollment expired = pending.expire();
            if (!enrollments.transition(pending, expired, clock.instant())) {
                return current(pending);
            }
            seats.release(pending.courseId());
            return expired;
        });
    }

    private Enrollment current(Enrollment enrollment) {
        return enrollments.findById(enrollment.id()).orElseThrow(EnrollmentNotFoundException::new);
    }

    String titleOf(Enrollment enrollment) {
        return catalog.title(enrollment.courseId());
    }
}
