package dev.roster.enrollment.purchase.adapter;

import static dev.roster.enrollment.testsupport.SqlViolations.CHECK_VIOLATION;
import static dev.roster.enrollment.testsupport.SqlViolations.FOREIGN_KEY_VIOLATION;
import static dev.roster.enrollment.testsupport.SqlViolations.UNIQUE_VIOLATION;
import static dev.roster.enrollment.testsupport.SqlViolations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The enrollment table (V4, V5) refuses rows the domain forbids: settlement, reconciliation and cancel
 * change rows with conditional SQL that never passes through the Java model, and a concurrent purchase
 * is only stopped by the unique index, so these constraints are the last line. Raw SQL on purpose.
 */
@Guards(Risk.INVARIANT_NOT_ENFORCED_BY_DATABASE)
class EnrollmentConstraintsIT {

    private JdbcClient jdbc;
    private UUID learner;
    private UUID course;

    @BeforeEach
    void emptyDatabase() {
        jdbc = JdbcClient.create(TestDatabase.emptied().dataSource());
        learner = aLearner();
        course = aCourse();
    }

    @ParameterizedTest(name = "status {0} violates enrollment_status_known")
    @ValueSource(strings = {"PAID", "pending_payment", "", "REFUNDED"})
    void refusesAnUnknownStatus(String status) {
        assertThatThrownBy(() -> insert(learner, course, status, 4900, 0, 4900, "NONE"))
                .satisfies(e -> assertViolation(e, CHECK_VIOLATION, "enrollment_status_known"));
    }

    @ParameterizedTest(name = "list {0}, discount {1}, total {2} violates enrollment_amounts_not_negative")
    @CsvSource({"-1, 0, 0", "4900, -1, 4900", "4900, 5000, -100"})
    void refusesANegativeAmount(long list, long discount, long total) {
        assertThatThrownBy(() -> insert(learner, course, "PENDING_PAYMENT", list, discount, total, "NONE"))
                .satisfies(e -> assertViolation(e, CHECK_VIOLATION, "enrollment_amounts_not_negative"));
    }

    @ParameterizedTest(name = "refund status {0} violates enrollment_refund_status_known")
    @ValueSource(strings = {"DONE", "pending", "FAILED"})
    void refusesAnUnknownRefundStatus(String refundStatus) {
        assertThatThrownBy(() -> insert(learner, course, "CANCELLED", 4900, 0, 4900, refundStatus))
                .satisfies(e -> assertViolation(e, CHECK_VIOLATION, "enrollment_refund_status_known"));
    }

    @ParameterizedTest(name = "{0} then {1} for one learner and course")
    @CsvSource({"PENDING_PAYMENT, PENDING_PAYMENT", "PENDING_PAYMENT, CONFIRMED", "CONFIRMED, CONFIRMED",
            "CONFIRMED, PENDING_PAYMENT"})
    @Guards(Risk.DUPLICATE_ENROLLMENT)
    void refusesASecondActiveEnrollmentForOneLearnerAndCourse(String first, String second) {
        insert(learner, course, first, 4900, 0, 4900, "NONE");

        assertThatThrownBy(() -> insert(learner, course, second, 4900, 0, 4900, "NONE"))
                .satisfies(e -> assertViolation(e, UNIQUE_VIOLATION, "enrollment_one_active_per_learner_and_course"));
    }

    @Test
    @Guards(Risk.DUPLICATE_ENROLLMENT)
    void refusesAnUpdateThatMakesASecondActiveEnrollment() {
        insert(learner, course, "CONFIRMED", 4900, 0, 4900, "NONE");
        UUID cancelled = insert(learner, course, "CANCELLED", 4900, 0, 4900, "NONE");

        assertThatThrownBy(() -> jdbc.sql("UPDATE enrollment SET status = 'CONFIRMED' WHERE id = :id")
                .param("id", cancelled).update())
                .satisfies(e -> assertViolation(e, UNIQUE_VIOLATION, "enrollment_one_active_per_learner_and_course"));
    }

    @Test
    @Guards(Risk.DUPLICATE_ENROLLMENT)
    void acceptsEndedEnrollmentsBesideTheActiveOneAndActiveOnesOfOthers() {
        insert(learner, course, "CONFIRMED", 4900, 0, 4900, "NONE");
        insert(learner, course, "REJECTED", 4900, 0, 4900, "NONE");
        insert(learner, course, "EXPIRED", 4900, 0, 4900, "NONE");
        insert(learner, course, "CANCELLED", 4900, 0, 4900, "REFUNDED");
        insert(learner, course, "CANCELLED", 0, 0, 0, "PENDING");
        insert(aLearner(), course, "PENDING_PAYMENT", 4900, 4900, 0, "NONE");
        insert(learner, aCourse(), "PENDING_PAYMENT", 4900, 0, 4900, "NONE");

        assertThat(jdbc.sql("SELECT count(*) FROM enrollment").query(Integer.class).single()).isEqualTo(7);
    }

    @Test
    void refusesAnEnrollmentOfALearnerOrCourseThatDoesNotExist() {
        assertThatThrownBy(() -> insert(UUID.randomUUID(), course, "PENDING_PAYMENT", 4900, 0, 4900, "NONE"))
                .satisfies(e -> assertViolation(e, FOREIGN_KEY_VIOLATION, "enrollment_learner_id_fkey"));
        assertThatThrownBy(() -> insert(learner, UUID.randomUUID(), "PENDING_PAYMENT", 4900, 0, 4900, "NONE"))
                .satisfies(e -> assertViolation(e, FOREIGN_KEY_VIOLATION, "enrollment_course_id_fkey"));
    }

    private UUID insert(UUID learnerId, UUID courseId, String status, long list, long discount, long total,
                        String refundStatus) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO enrollment (id, learner_id, course_id, status, created_at, list_price_minor,
                                                discount_minor, total_minor, currency, refund_status)
                        VALUES (:id, :learner, :course, :status, now(), :list, :discount, :total, 'EUR', :refund)""")
                .param("id", id).param("learner", learnerId).param("course", courseId).param("status", status)
                .param("list", list).param("discount", discount).param("total", total).param("refund", refundStatus)
                .update();
        return id;
    }

    private UUID aLearner() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO learner (id, email, name, password_hash, created_at) VALUES (:id, :email, 'L', 'x', now())")
                .param("id", id).param("email", id + "@example.com").update();
        return id;
    }

    private UUID aCourse() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO course (id, code, title, price_minor, currency, capacity, status, starts_at)
                        VALUES (:id, :code, 'Course', 4900, 'EUR', 10, 'OPEN', now())""")
                .param("id", id).param("code", id.toString().substring(0, 30)).update();
        return id;
    }
}
