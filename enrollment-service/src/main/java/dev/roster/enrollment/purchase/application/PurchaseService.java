package dev.roster.enrollment.purchase.application;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.payment.application.PaymentGateway;
import dev.roster.enrollment.payment.domain.ChargeOutcome;
import dev.roster.enrollment.payment.domain.ChargeRequest;
import dev.roster.enrollment.purchase.domain.CourseOnSale;
import dev.roster.enrollment.purchase.domain.Eligibility;
import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.purchase.domain.EnrollmentStatus;
import dev.roster.enrollment.purchase.domain.Price;
import dev.roster.enrollment.shared.IdGenerator;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import dev.roster.enrollment.shared.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Buying a seat: check, then price and reserve (one transaction), charge (outside any transaction),
 * settle (one transaction). The enrollment id is the provider's idempotency key, so no retry of any step
 * can charge twice.
 */
public class PurchaseService {

    private final CoursesOnSale courses;
    private final OrderHolds holds;
    private final Enrollments enrollments;
    private final PaymentGateway gateway;
    private final SettlementService settlement;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final Duration hold;

    public PurchaseService(CoursesOnSale courses, OrderHolds holds, Enrollments enrollments, PaymentGateway gateway,
                           SettlementService settlement, Transactions transactions, IdGenerator ids, Clock clock,
                           Duration hold) {
        this.courses = courses;
        this.holds = holds;
        this.enrollments = enrollments;
        this.gateway = gateway;
        this.settlement = settlement;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.hold = hold;
    }

    /** Buys a seat: checked, then reserved in one transaction, then charged and settled. */
    public PurchaseResult purchase(Purchase purchase) {
        Checked checked = check(purchase);
        return pay(checked, transactions.inTransaction(() -> reserve(checked)));
    }

    /** A purchase the learner may make, with the course it is for and the enrollment id it will have. */
    record Checked(Purchase purchase, CourseOnSale course, EnrollmentId id) {
    }

    /** The first step, outside any transaction: is the learner eligible for the course? */
    Checked check(Purchase purchase) {
        CourseOnSale course = courses.courseOnSale(purchase.courseId());
        boolean active = enrollments.hasActive(purchase.learner(), course.id());
        if (Eligibility.of(course, active) instanceof Eligibility.Rejected rejected) {
            throw new PurchaseRefusedException(rejected.reason());
        }
        return new Checked(purchase, course, new EnrollmentId(ids.next()));
    }

    /**
     * The second step, inside the caller's transaction (the purchase's own, or one that the idempotent
     * purchase also ties its key to the enrollment in): prices, reserves the seat and stores the
     * pending enrollment, all or nothing.
     */
    Enrollment reserve(Checked checked) {
        Purchase purchase = checked.purchase();
        // Priced inside the reservation's transaction: the coupon redemption and the first-order
        // credit are held by this order as it commits, so concurrent orders cannot all get them,
        // and the price stored (and charged, and answered) is the one those holds allow.
        Price price = holds.take(purchase, checked.id());
        Enrollment reserved = Enrollment.reserve(checked.id(), purchase.learner(), checked.course().id(), price,
                purchase.couponCode(), Timestamps.now(clock), hold);
        enrollments.add(reserved);
        return reserved;
    }

    /** The last step, outside any transaction while the provider is asked: charge, then settle. */
    PurchaseResult pay(Checked checked, Enrollment pending) {
        Price price = pending.price();
        if (price.total().amountMinor() == 0) {
            // nothing to charge: the provider refuses zero amounts, and there is nothing to reconcile
            return new PurchaseResult.Confirmed(settlement.confirm(pending, Optional.empty()));
        }
        ChargeOutcome outcome = gateway.charge(new ChargeRequest(pending.id().toString(), price.total(),
                checked.purchase().paymentToken(), "Roster: " + checked.course().title()));
        return switch (outcome) {
            case ChargeOutcome.Succeeded succeeded ->
                    settled(settlement.confirm(pending, Optional.of(succeeded.chargeId())));
            case ChargeOutcome.Declined declined -> settled(settlement.reject(pending, "payment_declined"));
            case ChargeOutcome.Unknown unknown -> new PurchaseResult.Pending(pending);
        };
    }

    /** Whatever state the enrollment reached, told as the result a client would expect. */
    public static PurchaseResult settled(Enrollment enrollment) {
        return switch (enrollment.status()) {
            case CONFIRMED, CANCELLED -> new PurchaseResult.Confirmed(enrollment);
            case REJECTED, EXPIRED -> new PurchaseResult.Declined(enrollment);
            case PENDING_PAYMENT -> new PurchaseResult.Pending(enrollment);
        };
    }

    public Enrollment enrollment(LearnerId learner, EnrollmentId id) {
        return enrollments.findById(id)
                .filter(enrollment -> enrollment.learnerId().equals(learner))
                .orElseThrow(EnrollmentNotFoundException::new);
    }

    public Page<Enrollment> enrollments(LearnerId learner, PageRequest request) {
        return enrollments.ofLearner(learner, request);
    }

    /**
     * Cancels a confirmed enrollment: seat, coupon redemption and first-order credit given back and
     * the cancellation event written together, then the refund asked for outside the transaction; a
     * refund whose outcome is unknown stays pending for reconciliation. Cancelling a cancelled
     * enrollment answers it as it is, whether the first cancel finished long ago or at this moment.
     */
    public Enrollment cancel(LearnerId learner, EnrollmentId id) {
        Enrollment confirmed = enrollment(learner, id);
        if (confirmed.status() == EnrollmentStatus.CANCELLED) {
            // cancelling is idempotent: a repeat, late or concurrent, answers with what is stored
            return confirmed;
        }
        if (!settlement.cancel(confirmed)) {
            // a concurrent cancel won; answer with what is stored, or refuse if it moved elsewhere
            Enrollment now = enrollment(learner, id);
            if (now.status() != EnrollmentStatus.CANCELLED) {
                now.cancel();
            }
            return now;
        }
        confirmed.chargeId().ifPresent(charge -> settlement.refund(id, charge));
        return confirmed.cancel();
    }
}
