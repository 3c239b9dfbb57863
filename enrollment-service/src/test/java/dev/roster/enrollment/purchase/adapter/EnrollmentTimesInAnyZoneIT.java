package dev.roster.enrollment.purchase.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.purchase.domain.Price;
import dev.roster.enrollment.shared.Money;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JVM (and so its database sessions) not in UTC must not move an enrollment's times: what is
 * stored reads back as the same instants, and reconciliation's age and hold arithmetic, done in
 * SQL against those columns, judges at the same instants as in UTC. The enrollment is created just
 * before midnight UTC, so a zone-shifted day boundary would show.
 */
@Guards(Risk.CLOCK_OR_TIME_ZONE_WRONG)
class EnrollmentTimesInAnyZoneIT {

    private static final Instant CREATED = Instant.parse("2026-12-31T23:59:50Z");
    private static final Duration MIN_AGE = Duration.ofSeconds(30);
    private static final Duration HOLD = Duration.ofMinutes(15);

    private final TimeZone original = TimeZone.getDefault();
    private DataSource database;

    @BeforeEach
    void emptyDatabase() {
        database = TestDatabase.emptied().dataSource();
    }

    @AfterEach
    void restoreTheZone() {
        TimeZone.setDefault(original);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Pacific/Kiritimati", "America/St_Johns", "Europe/Berlin"})
    void storesAndJudgesAnEnrollmentsTimesAtTheSameInstantsInAnyZone(String zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        // a new session per statement: each one starts in the zone just set
        JdbcClient jdbc = JdbcClient.create(database);
        JdbcEnrollments enrollments = new JdbcEnrollments(jdbc, JsonMapper.builder().build());
        Enrollment pending = pendingEnrollment(jdbc);

        enrollments.add(pending);

        Enrollment stored = enrollments.findById(pending.id()).orElseThrow();
        assertThat(stored.createdAt()).isEqualTo(CREATED);
        assertThat(stored.holdExpiresAt()).isEqualTo(CREATED.plus(HOLD));
        assertThat(enrollments.claimPending(CREATED.plus(MIN_AGE).minusSeconds(1), MIN_AGE, HOLD, 10))
                .as("a second too young to reconcile").isEmpty();
        assertThat(enrollments.claimPending(CREATED.plus(MIN_AGE), MIN_AGE, HOLD, 10))
                .extracting(Enrollment::id).as("old enough at exactly its minimum age").containsExactly(pending.id());
    }

    private static Enrollment pendingEnrollment(JdbcClient jdbc) {
        UUID learner = new UUID(0x7a, 1);
        UUID course = new UUID(0x7a, 2);
        jdbc.sql("""
                INSERT INTO learner (id, email, name, password_hash, created_at)
                VALUES (:id, 'ada@example.com', 'Ada', 'not-a-hash', :at)""")
                .param("at", Timestamp.from(CREATED)).param("id", learner).update();
        jdbc.sql("""
                INSERT INTO course (id, code, title, price_minor, currency, capacity, status, starts_at)
                VALUES (:id, 'TZ-101', 'Time zones', 10000, 'EUR', 10, 'OPEN', :at)""")
                .param("at", Timestamp.from(CREATED)).param("id", course).update();
        Money price = Money.of(100_00, "EUR");
        return Enrollment.reserve(new EnrollmentId(UUID.randomUUID()), new LearnerId(learner), new CourseId(course),
                Price.undiscounted(price), Optional.empty(), CREATED, HOLD);
    }
}
