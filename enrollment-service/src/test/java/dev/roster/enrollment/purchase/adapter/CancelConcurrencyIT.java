package dev.roster.enrollment.purchase.adapter;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.payment.application.FakePaymentGateway;
import dev.roster.enrollment.purchase.application.Purchase;
import dev.roster.enrollment.purchase.application.PurchaseService;
import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.shared.DomainException;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.ServiceTestConfiguration;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.invariants.PurchaseInvariants;
import dev.roster.testkit.risk.BrokenVariantProof;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A learner cancelling one enrollment many times at once and once more later: every answer is the
 * cancelled enrollment, and there is one seat released, one refund, one cancellation event.
 */
@ServiceIT
class CancelConcurrencyIT {

    private static final int CANCELS = 10;

    @Autowired PurchaseService purchases;
    @Autowired Courses courses;
    @Autowired FakePaymentGateway provider;
    @Autowired DataSource dataSource;

    private JdbcClient jdbc;
    private LearnerId ada;
    private Course course;
    private EnrollmentId enrollment;

    @BeforeEach
    void aConfirmedEnrollment() {
        TestDatabase.emptied();
        provider.clear();
        jdbc = JdbcClient.create(dataSource);
        UUID id = new UUID(0xca, 1);
        jdbc.sql("""
                INSERT INTO learner (id, email, name, password_hash, created_at)
                VALUES (:id, 'ada@example.com', 'Ada', 'not-a-hash', :at)""")
                .param("at", Timestamp.from(ServiceTestConfiguration.START)).param("id", id).update();
        ada = new LearnerId(id);
        course = aCourse().withCapacity(5).build();
        courses.addIfAbsent(course);
        enrollment = purchases.purchase(Purchase.of(ada, course.id().value(), null, "tok_visa"))
                .enrollment().id();
    }

    @Test
    @Guards(Risk.REFUND_LOST_OR_DOUBLED)
    void answersConcurrentAndLaterCancelsAlikeWithOneRefund() throws Exception {
        assertCancelledOnceAndAnsweredAlike(() -> purchases.cancel(ada, enrollment));
    }

    /**
     * The near miss: refuse what looks cancelled before the guarded write, as the state machine
     * would. Concurrent cancels then answer 200 or 409 by timing, and a later one 409.
     */
    @Test
    @BrokenVariantProof(Risk.REFUND_LOST_OR_DOUBLED)
    void wouldCatchACancelThatRefusesWhatIsAlreadyCancelled() {
        Cancel refusingRepeats = () -> {
            purchases.enrollment(ada, enrollment).cancel();
            return purchases.cancel(ada, enrollment);
        };

        assertThatThrownBy(() -> assertCancelledOnceAndAnsweredAlike(refusingRepeats))
                .isInstanceOf(AssertionError.class);
    }

    private void assertCancelledOnceAndAnsweredAlike(Cancel cancel) throws Exception {
        List<String> answers = cancelConcurrently(cancel);
        answers.add(answer(cancel));

        assertThat(answers).as("every answer, the later one last").hasSize(CANCELS + 1).containsOnly("CANCELLED");
        assertThat(provider.charges()).singleElement().satisfies(charge -> assertThat(charge.refunded()).isTrue());
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_event WHERE type = 'EnrollmentCancelled'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT seats_taken FROM course WHERE id = :id").param("id", course.id().value())
                .query(Integer.class).single()).isZero();
        PurchaseInvariants.assertHold(dataSource, provider.records());
    }

    private List<String> cancelConcurrently(Cancel cancel) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CANCELS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < CANCELS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return answer(cancel);
                }));
            }
            start.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<String> future : futures) {
                answers.add(future.get(30, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String answer(Cancel cancel) {
        try {
            return cancel.cancel().status().name();
        } catch (DomainException refused) {
            return refused.code();
        }
    }

    @FunctionalInterface
    private interface Cancel {
        Enrollment cancel();
    }
}
