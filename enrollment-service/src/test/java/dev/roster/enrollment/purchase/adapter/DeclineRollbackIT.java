package dev.roster.enrollment.purchase.adapter;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.payment.application.FakePaymentGateway;
import dev.roster.enrollment.purchase.application.CoursesOnSale;
import dev.roster.enrollment.purchase.application.EnrollmentEvents;
import dev.roster.enrollment.purchase.application.Enrollments;
import dev.roster.enrollment.purchase.application.OrderHolds;
import dev.roster.enrollment.purchase.application.OrderPricing;
import dev.roster.enrollment.purchase.application.Purchase;
import dev.roster.enrollment.purchase.application.PurchaseService;
import dev.roster.enrollment.purchase.application.RecordedOutcomes;
import dev.roster.enrollment.purchase.application.ReconciliationService;
import dev.roster.enrollment.purchase.application.Seats;
import dev.roster.enrollment.purchase.application.SettlementService;
import dev.roster.enrollment.purchase.domain.Enrollment;
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
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A declined payment whose seat release fails part-way (the database connection drops, say),
 * through the real settlement on the real database: the rejection rolls back with it, the
 * enrollment stays pending, and reconciliation later rejects it and gives the seat back. The near
 * miss, rejecting in one transaction and releasing in the next, is run through the same scenario
 * and caught: the enrollment ends rejected while its seat stays taken.
 */
@ServiceIT
class DeclineRollbackIT {

    @Autowired Courses courses;
    @Autowired CoursesOnSale catalog;
    @Autowired OrderPricing pricing;
    @Autowired Enrollments enrollments;
    @Autowired Seats seats;
    @Autowired EnrollmentEvents events;
    @Autowired Transactions transactions;
    @Autowired IdGenerator ids;
    @Autowired MutableClock clock;
    @Autowired FakePaymentGateway provider;
    @Autowired DataSource dataSource;

    private LearnerId ada;
    private Course course;
    private FailingOnce failingSeats;

    @BeforeEach
    void aLearnerAndACourse() {
        TestDatabase.emptied();
        provider.clear();
        UUID id = new UUID(0xdc, 1);
        JdbcClient.create(dataSource).sql("""
                INSERT INTO learner (id, email, name, password_hash, created_at)
                VALUES (:id, 'ada@example.com', 'Ada', 'not-a-hash', :at)""")
                .param("at", Timestamp.from(clock.instant())).param("id", id).update();
        ada = new LearnerId(id);
        course = aCourse().withCapacity(1).build();
        courses.addIfAbsent(course);
        failingSeats = new FailingOnce(seats);
    }

    @Test
    @Guards(Risk.DECLINE_KEEPS_SEAT)
    void leavesNothingHalfWrittenWhenADeclinesSeatReleaseFails() {
        assertSeatGivenBackAfterAFailedRelease(new SettlementService(enrollments,
                new OrderHolds(failingSeats, pricing), events, catalog, provider, transactions, ids, clock));
    }

    @Test
    @BrokenVariantProof(Risk.DECLINE_KEEPS_SEAT)
    void wouldCatchARejectionCommittedBeforeTheSeatIsReleased() {
        SettlementService twoSteps = new SettlementService(enrollments, new OrderHolds(failingSeats, pricing), events, catalog,
                provider, transactions, ids, clock) {
            @Override
            public Enrollment reject(Enrollment pending, String reason) {
                Enrollment rejected = pending.reject(reason);
                transactions.run(() -> enrollments.transition(pending, rejected, clock.instant()));
                transactions.run(() -> {
                    failingSeats.release(pending.courseId());
                    pricing.giveBack(pending.id());
                });
                return rejected;
            }
        };

        assertThatThrownBy(() -> assertSeatGivenBackAfterAFailedRelease(twoSteps)).isInstanceOf(AssertionError.class);
    }

    /** The harness: a decline whose first seat release fails, then reconciliation, then the checks. */
    private void assertSeatGivenBackAfterAFailedRelease(SettlementService settlement) {
        PurchaseService purchases = new PurchaseService(catalog, new OrderHolds(seats, pricing), enrollments,
                provider, settlement, transactions, ids, clock, Duration.ofMinutes(15));
        ReconciliationService reconciliation = new ReconciliationService(enrollments, provider, settlement, clock,
                Duration.ofSeconds(30), Duration.ofMinutes(1), 10, Duration.ofHours(24), new RecordedOutcomes());

        assertThatThrownBy(() -> purchases.purchase(Purchase.of(ada, course.id().value(), null, "tok_chargeDeclined")))
                .hasMessageContaining("connection dropped");
        clock.advance(Duration.ofMinutes(1));
        reconciliation.run();

        assertThat(JdbcClient.create(dataSource).sql("SELECT seats_taken FROM course").query(Integer.class).single())
                .as("seats taken once every decline is settled").isZero();
        PurchaseInvariants.assertHold(dataSource, provider.records());
    }

    /** The real seats, whose first release fails as a dropped connection would. */
    private static final class FailingOnce implements Seats {
        private final Seats real;
        private final AtomicBoolean failed = new AtomicBoolean();

        FailingOnce(Seats real) {
            this.real = real;
        }

        @Override
        public Reservation reserve(CourseId course) {
            return real.reserve(course);
        }

        @Override
        public void release(CourseId course) {
            if (failed.compareAndSet(false, true)) {
                throw new IllegalStateException("connection dropped while releasing the seat");
            }
            real.release(course);
        }
    }
}
