package dev.roster.enrollment.purchase.adapter;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.payment.application.FakePaymentGateway;
import dev.roster.enrollment.purchase.application.CoursesOnSale;
import dev.roster.enrollment.purchase.application.EnrollmentEvents;
import dev.roster.enrollment.purchase.application.Enrollments;
import dev.roster.enrollment.purchase.application.OrderHolds;
import dev.roster.enrollment.purchase.application.Purchase;
import dev.roster.enrollment.purchase.application.PurchaseService;
import dev.roster.enrollment.purchase.application.Seats;
import dev.roster.enrollment.purchase.application.ReconciliationService;
import dev.roster.enrollment.purchase.application.SettlementService;
import dev.roster.enrollment.purchase.domain.Enrollment;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The purchase request hears that its charge succeeded at the very moment reconciliation settles
 * the same pending enrollment (confirming it from the provider's record, or expiring it because
 * its hold ran out). A barrier makes both settlers reach the transition together on every run:
 * exactly one settles, both answer with what is stored, one event at most, the seat counted once,
 * and a charge on an enrollment that ended unpaid is refunded.
 */
@ServiceIT
class SettlementRaceIT {

    @Autowired PurchaseService purchases;
    @Autowired Enrollments enrollments;
    @Autowired OrderHolds holds;
    @Autowired EnrollmentEvents events;
    @Autowired CoursesOnSale catalog;
    @Autowired Transactions transactions;
    @Autowired IdGenerator ids;
    @Autowired MutableClock clock;
    @Autowired FakePaymentGateway provider;
    @Autowired ReconciliationService reconciliation;
    @Autowired Courses courses;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    private Enrollment pending;
    private String chargeId;

    /** What reconciliation does to the enrollment while the request confirms it. */
    private enum Reconciler { CONFIRMS, EXPIRES }

    @BeforeEach
    void aPendingEnrollmentWhoseChargeSucceededAndWhoseHoldRanOut() {
        TestDatabase.emptied();
        provider.clear();
        UUID learner = new UUID(0x5e, 1);
        jdbc.sql("""
                INSERT INTO learner (id, email, name, password_hash, created_at)
                VALUES (:id, 'ada@example.com', 'Ada', 'not-a-hash', :at)""")
                .param("at", Timestamp.from(clock.instant())).param("id", learner).update();
        Course course = aCourse().withCapacity(10).build();
        courses.addIfAbsent(course);
        pending = purchases.purchase(Purchase.of(new LearnerId(learner), course.id().value(), null, "tok_slow"))
                .enrollment();
        chargeId = provider.charges().getFirst().id();
        clock.advance(Duration.ofMinutes(16));
    }

    @Test
    @Guards(Risk.SETTLEMENT_RACE)
    void confirmsOnceWhenTheRequestAndReconciliationConfirmAtOnce() throws Exception {
        assertSettledOnce(settleAtOnce(this::theRealTransition, Reconciler.CONFIRMS));
    }

    @Test
    @Guards({Risk.SETTLEMENT_RACE, Risk.CHARGE_AFTER_HOLD_EXPIRED})
    void keepsOneOutcomeWhenTheRequestConfirmsAsReconciliationExpires() throws Exception {
        assertSettledOnce(settleAtOnce(this::theRealTransition, Reconciler.EXPIRES));
    }

    @Test
    @BrokenVariantProof(Risk.SETTLEMENT_RACE)
    void wouldCatchAReadThenWriteSettlementWhenBothConfirm() throws Exception {
        List<Enrollment> answers = settleAtOnce(this::aReadThenWriteTransition, Reconciler.CONFIRMS);

        assertThatThrownBy(() -> assertSettledOnce(answers)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("EnrollmentConfirmed");
    }

    @Test
    @BrokenVariantProof({Risk.SETTLEMENT_RACE, Risk.CHARGE_AFTER_HOLD_EXPIRED})
    void wouldCatchAReadThenWriteSettlementWhenReconciliationExpires() throws Exception {
        List<Enrollment> answers = settleAtOnce(this::aReadThenWriteTransition, Reconciler.EXPIRES);

        assertThatThrownBy(() -> assertSettledOnce(answers)).isInstanceOf(AssertionError.class);
    }

    private Enrollments theRealTransition(CyclicBarrier bothSettling) {
        return DelegatingEnrollments.meetingAtTheTransition(enrollments, bothSettling);
    }

    private Enrollments aReadThenWriteTransition(CyclicBarrier bothSettling) {
        return new ReadThenWriteTransition(enrollments, jdbc, bothSettling);
    }

    /** The request confirms and reconciliation settles, each on its own thread and transaction. */
    private List<Enrollment> settleAtOnce(Function<CyclicBarrier, Enrollments> store, Reconciler reconciler)
            throws Exception {
        SettlementService settlement = new SettlementService(store.apply(new CyclicBarrier(2)), holds, events, catalog,
                provider, transactions, ids, clock);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Enrollment> request = pool.submit(() -> settlement.confirm(pending, Optional.of(chargeId)));
            Future<Enrollment> reconciliation = pool.submit(() -> reconciler == Reconciler.EXPIRES
                    ? settlement.expire(pending)
                    : settlement.confirm(pending, Optional.of(chargeId)));
            return List.of(request.get(30, TimeUnit.SECONDS), reconciliation.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertSettledOnce(List<Enrollment> answers) {
        reconciliation.run(); // carries out a refund the losing confirm recorded, as the next run would
        EnrollmentStatus stored = enrollments.findById(pending.id()).orElseThrow().status();
        assertThat(answers).as("both settlers answer with the stored outcome")
                .extracting(Enrollment::status).containsOnly(stored);
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_event WHERE type = 'EnrollmentConfirmed'")
                .query(Integer.class).single()).as("EnrollmentConfirmed events for a %s enrollment", stored)
                .isEqualTo(stored == EnrollmentStatus.CONFIRMED ? 1 : 0);
        PurchaseInvariants.assertHold(dataSource, provider.records());
    }
}
