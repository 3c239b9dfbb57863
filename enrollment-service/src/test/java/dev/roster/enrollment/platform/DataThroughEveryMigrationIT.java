package dev.roster.enrollment.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.db.RealPostgres;
import dev.roster.testkit.db.SeededRows;
import dev.roster.testkit.risk.BrokenVariantProof;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real data carried across every migration: each table gets rows at the version that introduced it (and
 * again when a migration widened it), then the database goes to the latest version, and every value
 * those rows held must still be there. A migration added later runs over all of it. Enrollments come in
 * every status, refunds in every state, idempotency keys in both states, outbox events published and not.
 */
@Guards(Risk.MIGRATION_BREAKS_DATA)
class DataThroughEveryMigrationIT {

    private static final String BROKEN = "classpath:db/migration-broken";

    @Test
    void keepsEveryRowWrittenAtTheVersionThatIntroducedItsTable() {
        RealPostgres.Database database = RealPostgres.shared().createDatabase("roster_migrations");
        SeededRows seeded = seed(database.dataSource(), TestDatabase.MIGRATIONS);

        flyway(database.dataSource(), TestDatabase.MIGRATIONS).migrate();

        assertThat(seeded.count()).as("rows seeded").isEqualTo(29);
        seeded.assertKept();
        JdbcClient jdbc = JdbcClient.create(database.dataSource());
        assertThat(jdbc.sql("SELECT DISTINCT status FROM enrollment ORDER BY 1").query(String.class).list())
                .containsExactly("CANCELLED", "CONFIRMED", "EXPIRED", "PENDING_PAYMENT", "REJECTED");
        assertThat(jdbc.sql("SELECT refund_status FROM enrollment WHERE id = '00000000-0000-0000-0000-0000000000e1'")
                .query(String.class).single()).as("an enrollment older than refunds owes none").isEqualTo("NONE");
    }

    /** A migration that rewrites rows it should keep (here: pending refunds reset) fails the check above. */
    @Test
    @BrokenVariantProof(Risk.MIGRATION_BREAKS_DATA)
    void wouldCatchAMigrationThatRewritesRowsItShouldKeep() {
        RealPostgres.Database database = RealPostgres.shared().createDatabase("roster_migrations");
        SeededRows seeded = seed(database.dataSource(), TestDatabase.MIGRATIONS, BROKEN);

        flyway(database.dataSource(), TestDatabase.MIGRATIONS, BROKEN).migrate();

        assertThatThrownBy(seeded::assertKept).isInstanceOf(AssertionError.class)
                .hasMessageContaining("refund_status");
    }

    /** V9 stores an answer's Location; answers stored before it get the one their body names, as replays read it. */
    @Test
    @Guards({Risk.MIGRATION_BREAKS_DATA, Risk.IDEMPOTENCY_KEY_LIFECYCLE_BROKEN})
    void givesEveryAnswerStoredBeforeV9TheLocationItsReplayHad() {
        RealPostgres.Database database = RealPostgres.shared().createDatabase("roster_migrations");
        JdbcClient jdbc = JdbcClient.create(database.dataSource());
        migrateTo(database.dataSource(), "8", TestDatabase.MIGRATIONS);
        jdbc.sql("""
                INSERT INTO learner (id, email, name, password_hash, role, member, created_at)
                VALUES ('00000000-0000-0000-0000-00000000000a', 'ada@example.com', 'Ada', 'x', 'LEARNER', false,
                        '2026-10-02T08:00:00Z')""").update();
        jdbc.sql("""
                INSERT INTO idempotency_key (learner_id, key, fingerprint, state, locked_until, response_status,
                                             response_body, created_at)
                VALUES ('00000000-0000-0000-0000-00000000000a', 'confirmed', 'f', 'COMPLETED', NULL, 201,
                        '{"id":"0190a000-0000-7000-8000-0000000000e1","courseId":"0190a000-0000-7000-8000-0000000000c1"}',
                        now()),
                       ('00000000-0000-0000-0000-00000000000a', 'pending', 'f', 'COMPLETED', NULL, 202,
                        '{"id":"0190a000-0000-7000-8000-0000000000e2","status":"PENDING_PAYMENT"}', now()),
                       ('00000000-0000-0000-0000-00000000000a', 'declined', 'f', 'COMPLETED', NULL, 402,
                        '{"type":"urn:roster:problem:payment_declined","enrollmentId":"0190a000-0000-7000-8000-0000000000e3"}',
                        now()),
                       ('00000000-0000-0000-0000-00000000000a', 'running', 'f', 'IN_PROGRESS', now(), NULL, NULL,
                        now())""").update();

        flyway(database.dataSource(), TestDatabase.MIGRATIONS).migrate();

        assertThat(jdbc.sql("SELECT key, coalesce(location, '-') FROM idempotency_key ORDER BY key")
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2)).list()).containsExactly(
                "confirmed /api/v1/enrollments/0190a000-0000-7000-8000-0000000000e1",
                "declined -",
                "pending /api/v1/enrollments/0190a000-0000-7000-8000-0000000000e2",
                "running -");
    }

    private static SeededRows seed(DataSource dataSource, String... locations) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        SeededRows seeded = new SeededRows(dataSource);

        migrateTo(dataSource, "1", locations);
        jdbc.sql("""
                INSERT INTO course (id, code, title, description, price_minor, currency, capacity, seats_taken, status,
                                    starts_at, created_at)
                VALUES ('00000000-0000-0000-0000-0000000000c1', 'OPEN-1', 'Open', 'Ünïcødé ✓', 4900, 'EUR', 10, 3,
                        'OPEN', '2027-01-10T09:00:00Z', '2026-10-01T08:00:00.123456Z'),
                       ('00000000-0000-0000-0000-0000000000c2', 'CLOSED-1', 'Closed', '', 0, 'EUR', 0, 0, 'CLOSED',
                        '2027-02-10T09:00:00Z', '2026-10-01T08:00:00Z'),
                       ('00000000-0000-0000-0000-0000000000c3', 'DRAFT-1', 'Draft', '', 99999, 'USD', 5, 0, 'DRAFT',
                        '2027-03-10T09:00:00Z', '2026-10-01T08:00:00Z')""").update();
        seeded.remember("course", "id");

        migrateTo(dataSource, "2", locations);
        jdbc.sql("""
                INSERT INTO learner (id, email, name, password_hash, role, member, created_at)
                VALUES ('00000000-0000-0000-0000-00000000000a', 'ada@example.com', 'Ada', '$argon2id$v=19$x', 'LEARNER',
                        false, '2026-10-02T08:00:00.000001Z'),
                       ('00000000-0000-0000-0000-00000000000b', 'bob@example.com', 'Bob', '$argon2id$v=19$y', 'ADMIN',
                        true, '2026-10-02T08:00:00Z'),
                       ('00000000-0000-0000-0000-00000000000c', 'cy@example.com', 'Cy', '$argon2id$v=19$z', 'LEARNER',
                        true, '2026-10-02T08:00:00Z')""").update();
        jdbc.sql("""
                INSERT INTO learner_session (id, learner_id, token_hash, issued_at, expires_at, revoked_at)
                VALUES ('00000000-0000-0000-0000-0000000005a1', '00000000-0000-0000-0000-00000000000a', repeat('a', 64),
                        '2026-10-02T09:00:00Z', '2026-10-02T10:00:00Z', NULL),
                       ('00000000-0000-0000-0000-0000000005b1', '00000000-0000-0000-0000-00000000000b', repeat('b', 64),
                        '2026-10-02T09:00:00Z', '2026-10-02T10:00:00Z', '2026-10-02T09:30:00Z')""").update();
        jdbc.sql("""
                INSERT INTO login_failure (email, client_address, failed_at)
                VALUES ('ada@example.com', '203.0.113.7', '2026-10-02T09:00:00Z'),
                       ('nobody@example.com', '2001:db8::1', '2026-10-02T09:00:01Z')""").update();
        seeded.remember("learner", "id");
        seeded.remember("learner_session", "id");
        seeded.remember("login_failure", "id");

        migrateTo(dataSource, "3", locations);
        jdbc.sql("""
                INSERT INTO coupon (id, code, percent_off, valid_from, valid_until, max_redemptions, redemptions, created_at)
                VALUES ('00000000-0000-0000-0000-0000000000f1', 'Spring10', 10, '2026-10-01T00:00:00Z',
                        '2027-10-01T00:00:00Z', 5, 1, '2026-10-03T08:00:00Z'),
                       ('00000000-0000-0000-0000-0000000000f2', 'FULL100', 100, '2026-10-01T00:00:00Z',
                        '2026-10-02T00:00:00Z', 1, 0, '2026-10-03T08:00:00Z')""").update();
        seeded.remember("coupon", "id");

        migrateTo(dataSource, "4", locations);
        jdbc.sql("""
                INSERT INTO enrollment (id, learner_id, course_id, status, created_at)
                VALUES ('00000000-0000-0000-0000-0000000000e1', '00000000-0000-0000-0000-00000000000a',
                        '00000000-0000-0000-0000-0000000000c1', 'PENDING_PAYMENT', '2026-10-04T08:00:00Z'),
                       ('00000000-0000-0000-0000-0000000000e2', '00000000-0000-0000-0000-00000000000b',
                        '00000000-0000-0000-0000-0000000000c1', 'CONFIRMED', '2026-10-04T08:00:00Z'),
                       ('00000000-0000-0000-0000-0000000000e3', '00000000-0000-0000-0000-00000000000a',
                        '00000000-0000-0000-0000-0000000000c2', 'REJECTED', '2026-10-04T08:00:00Z'),
                       ('00000000-0000-0000-0000-0000000000e4', '00000000-0000-0000-0000-00000000000a',
                        '00000000-0000-0000-0000-0000000000c2', 'EXPIRED', '2026-10-04T08:00:01Z'),
                       ('00000000-0000-0000-0000-0000000000e5', '00000000-0000-0000-0000-00000000000b',
                        '00000000-0000-0000-0000-0000000000c2', 'CANCELLED', '2026-10-04T08:00:00Z')""").update();
        seeded.remember("enrollment", "id");

        migrateTo(dataSource, "5", locations);
        jdbc.sql("""
                INSERT INTO enrollment (id, learner_id, course_id, status, created_at, list_price_minor, discount_minor,
                                        total_minor, currency, price_lines, coupon_code, hold_expires_at, charge_id,
                                        confirmed_at, reason, updated_at, reconcile_lease_until, refund_status, refund_id)
                VALUES ('00000000-0000-0000-0000-0000000000e6', '00000000-0000-0000-0000-00000000000c',
                        '00000000-0000-0000-0000-0000000000c1', 'CONFIRMED', '2026-10-05T08:00:00Z', 4900, 490, 4410,
                        'EUR', '[{"rule": "coupon", "amountMinor": 490}]', 'Spring10', '2026-10-05T08:15:00Z',
                        'ch_confirmed', '2026-10-05T08:00:02Z', NULL, '2026-10-05T08:00:02Z', NULL, 'NONE', NULL),
                       ('00000000-0000-0000-0000-0000000000e7', '00000000-0000-0000-0000-00000000000c',
                        '00000000-0000-0000-0000-0000000000c2', 'CANCELLED', '2026-10-05T08:00:00Z', 4900, 0, 4900,
                        'EUR', '[]', NULL, '2026-10-05T08:15:00Z', 'ch_refunded', '2026-10-05T08:00:02Z', NULL,
                        '2026-10-05T09:00:00Z', NULL, 'REFUNDED', 're_done'),
                       ('00000000-0000-0000-0000-0000000000e8', '00000000-0000-0000-0000-00000000000b',
                        '00000000-0000-0000-0000-0000000000c3', 'CANCELLED', '2026-10-05T08:00:00Z', 99999, 0, 99999,
                        'USD', '[]', NULL, '2026-10-05T08:15:00Z', 'ch_owed', '2026-10-05T08:00:02Z', NULL,
                        '2026-10-05T09:00:00Z', '2026-10-05T09:01:00Z', 'PENDING', NULL),
                       ('00000000-0000-0000-0000-0000000000e9', '00000000-0000-0000-0000-00000000000c',
                        '00000000-0000-0000-0000-0000000000c3', 'EXPIRED', '2026-10-05T08:00:00Z', 99999, 0, 99999,
                        'USD', '[]', NULL, '2026-10-05T08:15:00Z', NULL, NULL, 'hold_expired',
                        '2026-10-05T08:15:01Z', NULL, 'NONE', NULL)""").update();
        jdbc.sql("""
                INSERT INTO idempotency_key (learner_id, key, fingerprint, state, locked_until, enrollment_id,
                                             response_status, response_body, created_at)
                VALUES ('00000000-0000-0000-0000-00000000000c', 'key-done', repeat('f', 64), 'COMPLETED', NULL,
                        '00000000-0000-0000-0000-0000000000e6', 201, '{"id": "e6"}', '2026-10-05T08:00:00Z'),
                       ('00000000-0000-0000-0000-00000000000a', 'key-running', repeat('0', 64), 'IN_PROGRESS',
                        '2026-10-05T08:01:00Z', NULL, NULL, NULL, '2026-10-05T08:00:00Z')""").update();
        jdbc.sql("""
                INSERT INTO outbox_event (id, aggregate_id, type, schema_version, occurred_at, payload, published_at)
                VALUES ('00000000-0000-0000-0000-0000000000d1', '00000000-0000-0000-0000-0000000000e6',
                        'EnrollmentConfirmed', 1, '2026-10-05T08:00:02Z', '{"enrollmentId": "e6", "amount": 4410}',
                        '2026-10-05T08:00:03Z'),
                       ('00000000-0000-0000-0000-0000000000d2', '00000000-0000-0000-0000-0000000000e7',
                        'EnrollmentCancelled', 1, '2026-10-05T09:00:00Z', '{"enrollmentId": "e7"}', NULL)""").update();
        seeded.remember("enrollment", "id");
        seeded.remember("idempotency_key", "learner_id::text || '/' || key");
        seeded.remember("outbox_event", "id");

        migrateTo(dataSource, "6", locations);
        // V6 gave the active orders their discounts; those rows must survive what comes after
        seeded.remember("coupon_redemption", "order_id");
        seeded.remember("first_order_credit", "learner_id");
        return seeded;
    }

    private static void migrateTo(DataSource dataSource, String version, String... locations) {
        Flyway.configure().dataSource(dataSource).locations(locations).target(version).load().migrate();
    }

    private static Flyway flyway(DataSource dataSource, String... locations) {
        return Flyway.configure().dataSource(dataSource).locations(locations).load();
    }
}
