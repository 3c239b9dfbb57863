package dev.roster.enrollment.purchase.adapter;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.payment.application.FakePaymentGateway;
import dev.roster.enrollment.payment.application.PaymentGateway;
import dev.roster.enrollment.payment.domain.ChargeOutcome;
import dev.roster.enrollment.payment.domain.ChargeRequest;
import dev.roster.enrollment.payment.domain.ProviderCharge;
import dev.roster.enrollment.payment.domain.RefundOutcome;
import dev.roster.enrollment.purchase.application.CoursesOnSale;
import dev.roster.enrollment.purchase.application.EnrollmentEvents;
import dev.roster.enrollment.purchase.application.Enrollments;
import dev.roster.enrollment.purchase.application.OrderHolds;
import dev.roster.enrollment.purchase.application.Purchase;
import dev.roster.enrollment.purchase.application.PurchaseService;
import dev.roster.enrollment.purchase.application.RecordedOutcomes;
import dev.roster.enrollment.purchase.application.ReconciliationService;
import dev.roster.enrollment.purchase.application.Seats;
import dev.roster.enrollment.purchase.application.SettlementService;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.purchase.domain.EnrollmentStatus;
import dev.roster.enrollment.shared.IdGenerator;
import dev.roster.testkit.time.MutableClock;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.invariants.PurchaseInvariants;
import dev.roster.testkit.risk.BrokenVariantProof;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A charge whose outcome the request never hears (the provider charged, the answer timed out),
 * through the real purchase service and reconciliation on the real database: the enrollment ends
 * confirmed with exactly one charge, and the invariants hold. Two near misses a colleague might
 * write around the provider are run through the same scenario and caught: treating a timeout as a
 * decline, and retrying the charge under a fresh idempotency key.
 */
@ServiceIT
class AmbiguousPaymentIT {

    @Autowired Courses courses;
    @Autowired CoursesOnSale catalog;
    @Autowired OrderHolds holds;
    @Autowired Enrollments enrollments;
    @Autowired Seats seats;
    @Autowired SettlementService settlement;
    @Autowired EnrollmentEvents events;
    @Autowired Transactions transactions;
    @Autowired IdGenerator ids;
    @Autowired MutableClock clock;
    @Autowired FakePaymentGateway provider;
    @Autowired DataSource dataSource;

    private LearnerId ada;
    private Course course;

    @BeforeEach
    void aLearnerAndACourse() {
        TestDatabase.emptied();
        provider.clear();
        UUID id = new UUID(0xab, 1);
        JdbcClient.create(dataSource).sql("""
                INSERT INTO learner (id, email, name, password_hash, created_at)
                VALUES (:id, 'ada@example.com', 'Ada', 'not-a-hash', :at)""")
                .param("at", Timestamp.from(clock.instant())).param("id", id).update();
        ada = new LearnerId(id);
        course = aCourse().withCapacity(5).build();
        courses.addIfAbsent(course);
    }

    @Test
    @Guards({Risk.PAYMENT_TIMEOUT_AMBIGUOUS, Risk.RETRY_DOUBLE_CHARGE})
    void settlesAChargeWhoseAnswerTimedOutAsConfirmedWithOneCharge() {
        assertSettledOnceAfterATimeout(provider);
    }

    @Test
    @BrokenVariantProof(Risk.PAYMENT_TIMEOUT_AMBIGUOUS)
    void wouldCatchATimeoutTreatedAsADecline() {
        PaymentGateway timeoutIsDecline = new Decorated(provider) {
            @Override
            public ChargeOutcome charge(ChargeRequest request) {
                ChargeOutcome outcome = super.charge(request);
                return outcome instanceof ChargeOutcome.Unknown ? new ChargeOutcome.Declined(null, "timeout") : outcome;
            }
        };

        assertThatThrownBy(() -> assertSettledOnceAfterATimeout(timeoutIsDecline)).isInstanceOf(AssertionError.class);
    }

    @Test
    @BrokenVariantProof(Risk.RETRY_DOUBLE_CHARGE)
    void wouldCatchARetryUnderAFreshIdempotencyKey() {
        PaymentGateway retryWithNewKey = new Decorated(provider) {
            @Override
            public ChargeOutcome charge(ChargeRequest request) {
                ChargeOutcome outcome = super.charge(request);
                if (outcome instanceof ChargeOutcome.Unknown) {
                    return super.charge(new ChargeRequest(request.idempotencyKey() + "-retry", request.amount(),
                            request.paymentToken(), request.description()));
                }
                return outcome;
            }
        };

        assertThatThrownBy(() -> assertSettledOnceAfterATimeout(retryWithNewKey)).isInstanceOf(AssertionError.class);
    }

    /** The harness: buy with a charge whose answer times out, let reconciliation run, check. */
    private void assertSettledOnceAfterATimeout(PaymentGateway gateway) {
        PurchaseService purchases = new PurchaseService(catalog, holds, enrollments, gateway, settlement,
                transactions, ids, clock, Duration.ofMinutes(15));
        ReconciliationService reconciliation = new ReconciliationService(enrollments, gateway, settlement, clock,
                Duration.ofSeconds(30), Duration.ofMinutes(1), 10, Duration.ofHours(24), new RecordedOutcomes());
        EnrollmentId id = purchases.purchase(Purchase.of(ada, course.id().value(), null, "tok_slow"))
                .enrollment().id();

        clock.advance(Duration.ofMinutes(1));
        reconciliation.run();

        assertThat(enrollments.findById(id)).get().extracting(e -> e.status()).isEqualTo(EnrollmentStatus.CONFIRMED);
        assertThat(provider.charges()).as("charges at the provider").singleElement();
        PurchaseInvariants.assertHold(dataSource, provider.records());
    }

    /** Passes everything to the fake provider; the variants change one call. */
    private static class Decorated implements PaymentGateway {
        private final PaymentGateway delegate;

        Decorated(PaymentGateway delegate) {
            this.delegate = delegate;
        }

        @Override
        public ChargeOutcome charge(ChargeRequest request) {
            return delegate.charge(request);
        }

        @Override
        public Optional<ProviderCharge> findCharge(String idempotencyKey) {
            return delegate.findCharge(idempotencyKey);
        }

        @Override
        public RefundOutcome refund(String chargeId, String idempotencyKey) {
            return delegate.refund(chargeId, idempotencyKey);
        }
    }
}
