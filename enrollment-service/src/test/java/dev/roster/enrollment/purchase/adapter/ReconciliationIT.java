package dev.roster.enrollment.purchase.adapter;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.payment.application.FakePaymentGateway;
import dev.roster.enrollment.purchase.application.Enrollments;
import dev.roster.enrollment.purchase.application.Purchase;
import dev.roster.enrollment.purchase.application.PurchaseService;
import dev.roster.enrollment.purchase.application.ReconciliationService;
import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.purchase.domain.EnrollmentStatus;
import dev.roster.testkit.time.MutableClock;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.invariants.ProviderChargeRecord;
import dev.roster.testkit.invariants.PurchaseInvariants;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceIT
@Guards(Risk.PAYMENT_TIMEOUT_AMBIGUOUS)
class ReconciliationIT {

    @Autowired PurchaseService purchases;
    @Autowired ReconciliationService reconciliation;
    @Autowired Enrollments enrollments;
    @Autowired Courses courses;
    @Autowired FakePaymentGateway provider;
    @Autowired MutableClock clock;
    @Autowired DataSource dataSource;

    private Course course;
    private int learners;

    @BeforeEach
    void anOpenCourse() {
        TestDatabase.emptied();
        course = aCourse().withCapacity(100).build();
        courses.addIfAbsent(course);
    }

    @Test
    @Guards(Risk.HOLD_EXPIRY_WRONG)
    void resolvesEachKindOfPendingEnrollment() {
        EnrollmentId charged = pendingPurchase("tok_slow");
        EnrollmentId neverCharged = pendingPurchase("tok_unreachable");
        clock.advance(Duration.ofMinutes(2));
        EnrollmentId tooYoungToJudge = pendingPurchase("tok_unreachable");

        clock.advance(Duration.ofMinutes(14));
        var report = reconciliation.run();

        assertThat(status(charged)).isEqualTo(EnrollmentStatus.CONFIRMED);
        assertThat(status(neverCharged)).isEqualTo(EnrollmentStatus.EXPIRED);
        assertThat(status(tooYoungToJudge)).as("its hold has a minute left").isEqualTo(EnrollmentStatus.PENDING_PAYMENT);
        assertThat(report.confirmed()).isEqualTo(1);
        assertThat(report.expired()).isEqualTo(1);
        assertThat(seatsTaken()).isEqualTo(2);
        assertThat(outboxTypes()).containsExactly("EnrollmentConfirmed");
    }

    @Test
    @Guards(Risk.CHARGE_AFTER_HOLD_EXPIRED)
    void refundsAChargeThatLandsAfterTheHoldExpiredInTheSameRun() {
        EnrollmentId late = pendingPurchase("tok_late");
        clock.advance(Duration.ofMinutes(15));
        reconciliation.run();
        assertThat(status(late)).isEqualTo(EnrollmentStatus.EXPIRED);

        provider.landChargesInFlight();
        clock.advance(Duration.ofMinutes(2));
        var report = reconciliation.run();

        assertThat(report.lateCharges()).isEqualTo(1);
        assertThat(report.refunded()).isEqualTo(1);
        assertThat(provider.charges()).singleElement().satisfies(charge -> assertThat(charge.refunded()).isTrue());
        assertThat(status(late)).isEqualTo(EnrollmentStatus.EXPIRED);
        assertThat(seatsTaken()).isZero();
        assertThat(outboxTypes()).isEmpty();
        PurchaseInvariants.assertHold(dataSource, charges());
    }

    @Test
    @Guards(Risk.CHARGE_AFTER_HOLD_EXPIRED)
    void stopsLookingForALateChargeOnceTheWindowHasPassed() {
        EnrollmentId late = pendingPurchase("tok_late");
        clock.advance(Duration.ofMinutes(15));
        reconciliation.run();

        clock.advance(Duration.ofHours(25));
        provider.landChargesInFlight();
        var report = reconciliation.run();

        assertThat(report.lateCharges()).isZero();
        assertThat(enrollments.claimExpiredUnpaid(clock.instant(), Duration.ofHours(24), Duration.ofMinutes(1), 10))
                .extracting(Enrollment::id).doesNotContain(late);
    }

    @Test
    @Guards(Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY)
    void triesAgainLaterWhenTheProviderIsDown() {
        EnrollmentId charged = pendingPurchase("tok_slow");
        provider.reachable(false);
        clock.advance(Duration.ofHours(1));

        reconciliation.run();
        assertThat(status(charged)).isEqualTo(EnrollmentStatus.PENDING_PAYMENT);

        provider.reachable(true);
        clock.advance(Duration.ofMinutes(2));
        reconciliation.run();
        assertThat(status(charged)).isEqualTo(EnrollmentStatus.CONFIRMED);
        PurchaseInvariants.assertHold(dataSource, charges());
    }

    private EnrollmentId pendingPurchase(String token) {
        UUID learner = new UUID(9, ++learners);
        JdbcClient.create(dataSource).sql("""
                INSERT INTO learner (id, email, name, password_hash, created_at)
                VALUES (:id, :email, 'Learner', 'not-a-hash', :at)""").param("at", Timestamp.from(clock.instant()))
                .param("id", learner).param("email", "learner" + learners + "@example.com").update();
        var result = purchases.purchase(Purchase.of(new LearnerId(learner), course.id().value(), null, token));
        assertThat(result.enrollment().status()).isEqualTo(EnrollmentStatus.PENDING_PAYMENT);
        return result.enrollment().id();
    }

    private EnrollmentStatus status(EnrollmentId id) {
        return enrollments.findById(id).orElseThrow().status();
    }

    private int seatsTaken() {
        return JdbcClient.create(dataSource).sql("SELECT seats_taken FROM course WHERE id = :id")
                .param("id", course.id().value()).query(Integer.class).single();
    }

    private List<String> outboxTypes() {
        return JdbcClient.create(dataSource).sql("SELECT type FROM outbox_event").query(String.class).list();
    }

    private List<ProviderChargeRecord> charges() {
        return provider.records();
    }
}
