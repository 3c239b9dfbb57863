package dev.roster.enrollment.purchase.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.purchase.application.PurchaseRefusedException;
import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.purchase.domain.Price;
import dev.roster.enrollment.shared.Money;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.db.RealPostgres;
import dev.roster.testkit.risk.BrokenVariantProof;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A learner's double submit reaches the store as concurrent purchases, each doing what the purchase
 * service does: check for an active enrollment, then add a pending one. All of them check before
 * any adds (they meet at a barrier in between), so the check alone never decides: the partial
 * unique index on active enrollments must.
 */
class ActiveEnrollmentUniquenessIT {

    private static final int SUBMITS = 8;
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final LearnerId ADA = new LearnerId(new UUID(0xad, 1));
    private static final CourseId COURSE = new CourseId(new UUID(0xc0, 1));

    @Test
    @Guards(Risk.DUPLICATE_ENROLLMENT)
    void keepsOneActiveEnrollmentWhenEveryConcurrentSubmitFoundNoneActive() throws Exception {
        DataSource database = TestDatabase.emptied().dataSource();

        assertEnrolledOnce(database, submitConcurrently(database));
    }

    /**
     * The near miss: the purchase service already checks {@code hasActive}, so the index looks
     * redundant and a migration drops it. The same scenario then enrols the learner once per submit.
     */
    @Test
    @BrokenVariantProof(Risk.DUPLICATE_ENROLLMENT)
    void wouldCatchASchemaWithoutThePartialUniqueIndex() throws Exception {
        DataSource database = RealPostgres.shared().createDatabase("roster_no_active_index")
                .migrate(TestDatabase.MIGRATIONS).dataSource();
        JdbcClient.create(database).sql("DROP INDEX enrollment_one_active_per_learner_and_course").update();

        List<String> outcomes = submitConcurrently(database);

        assertThatThrownBy(() -> assertEnrolledOnce(database, outcomes)).isInstanceOf(AssertionError.class);
    }

    private static void assertEnrolledOnce(DataSource database, List<String> outcomes) {
        assertThat(outcomes).as("one submit enrols, the others are told already_enrolled")
                .containsOnlyOnce("added").filteredOn("already_enrolled"::equals).hasSize(SUBMITS - 1);
        assertThat(JdbcClient.create(database).sql("""
                        SELECT count(*) FROM enrollment
                         WHERE learner_id = :learner AND status IN ('PENDING_PAYMENT', 'CONFIRMED')""")
                .param("learner", ADA.value()).query(Integer.class).single()).as("active enrollments").isEqualTo(1);
    }

    private static List<String> submitConcurrently(DataSource database) throws Exception {
        JdbcClient jdbc = JdbcClient.create(database);
        jdbc.sql("""
                INSERT INTO learner (id, email, name, password_hash, created_at)
                VALUES (:id, 'ada@example.com', 'Ada', 'not-a-hash', now())""").param("id", ADA.value()).update();
        jdbc.sql("""
                INSERT INTO course (id, code, title, price_minor, currency, capacity, status, starts_at)
                VALUES (:id, 'JAVA-101', 'Java', 10000, 'EUR', 10, 'OPEN', now())""")
                .param("id", COURSE.value()).update();
        JdbcEnrollments enrollments = new JdbcEnrollments(jdbc, JsonMapper.builder().build());
        Money price = Money.of(100_00, "EUR");
        Price quote = Price.undiscounted(price);
        CyclicBarrier allHaveChecked = new CyclicBarrier(SUBMITS);
        ExecutorService pool = Executors.newFixedThreadPool(SUBMITS);
        try {
            List<Callable<String>> submits = new ArrayList<>();
            for (int i = 0; i < SUBMITS; i++) {
                submits.add(() -> {
                    boolean active = enrollments.hasActive(ADA, COURSE);
                    allHaveChecked.await(10, TimeUnit.SECONDS);
                    if (active) {
                        return "already_enrolled";
                    }
                    try {
                        enrollments.add(Enrollment.reserve(new EnrollmentId(UUID.randomUUID()), ADA, COURSE,
                                quote, Optional.empty(), NOW, Duration.ofMinutes(15)));
                        return "added";
                    } catch (PurchaseRefusedException refused) {
                        return refused.code();
                    }
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> outcome : pool.invokeAll(submits)) {
                outcomes.add(outcome.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
