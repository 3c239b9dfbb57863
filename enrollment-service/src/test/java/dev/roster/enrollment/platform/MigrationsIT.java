package dev.roster.enrollment.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.db.RealPostgres;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

@Guards(Risk.MIGRATION_BREAKS_DATA)
class MigrationsIT {

    @Test
    void applyToAnEmptyDatabaseAndValidate() {
        RealPostgres.Database empty = RealPostgres.shared().createDatabase("roster_migrations");
        Flyway flyway = Flyway.configure().dataSource(empty.dataSource()).locations(TestDatabase.MIGRATIONS).load();

        var result = flyway.migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void createTheCourseTableWithItsConstraints() {
        RealPostgres.Database empty = RealPostgres.shared().createDatabase("roster_migrations");
        empty.migrate(TestDatabase.MIGRATIONS);
        JdbcClient jdbc = JdbcClient.create(empty.dataSource());

        var constraints = jdbc.sql("""
                        SELECT conname FROM pg_constraint
                        WHERE conrelid = 'course'::regclass ORDER BY conname""")
                .query(String.class).list();

        assertThat(constraints).contains(
                "course_capacity_not_negative",
                "course_seats_taken_within_capacity",
                "course_code_unique",
                "course_status_known",
                "course_price_not_negative");
    }

    @Test
    void runAgainWithoutChangingAnything() {
        RealPostgres.Database database = RealPostgres.shared().createDatabase("roster_migrations");
        database.migrate(TestDatabase.MIGRATIONS);

        var second = Flyway.configure().dataSource(database.dataSource()).locations(TestDatabase.MIGRATIONS).load().migrate();

        assertThat(second.migrationsExecuted).isZero();
    }

    @Test
    void keepExistingCoursesWhenTheLaterMigrationsApply() {
        RealPostgres.Database database = RealPostgres.shared().createDatabase("roster_migrations");
        Flyway.configure().dataSource(database.dataSource()).locations(TestDatabase.MIGRATIONS).target("1").load().migrate();
        JdbcClient jdbc = JdbcClient.create(database.dataSource());
        jdbc.sql("""
                INSERT INTO course (id, code, title, price_minor, currency, capacity, seats_taken, status, starts_at)
                VALUES ('01a1fc91-9f25-701c-9ff1-52d65428da53', 'OLD-1', 'Made before V2', 4900, 'EUR', 10, 3, 'OPEN',
                        '2027-01-10T09:00:00Z')""").update();

        database.migrate(TestDatabase.MIGRATIONS);

        var row = jdbc.sql("SELECT code, title, price_minor, capacity, seats_taken, status FROM course")
                .query().singleRow();
        assertThat(row).containsEntry("code", "OLD-1").containsEntry("title", "Made before V2")
                .containsEntry("price_minor", 4900L).containsEntry("capacity", 10)
                .containsEntry("seats_taken", 3).containsEntry("status", "OPEN");
    }

    /**
     * V6 moves the scarce discounts onto the orders holding them: each learner's oldest active order
     * holds the first-order credit, each active order with a coupon its redemption, and each coupon's
     * count becomes the redemptions active orders hold (its maximum raised where a race had
     * over-redeemed it, rather than hiding what was given).
     */
    @Test
    void giveExistingOrdersTheDiscountsTheyHoldWhenV6Applies() {
        RealPostgres.Database database = RealPostgres.shared().createDatabase("roster_migrations");
        Flyway.configure().dataSource(database.dataSource()).locations(TestDatabase.MIGRATIONS).target("5").load().migrate();
        JdbcClient jdbc = JdbcClient.create(database.dataSource());
        jdbc.sql("""
                INSERT INTO course (id, code, title, price_minor, currency, capacity, seats_taken, status, starts_at)
                VALUES ('00000000-0000-0000-0000-0000000000c1', 'C-1', 'One', 4900, 'EUR', 10, 3, 'OPEN', now()),
                       ('00000000-0000-0000-0000-0000000000c2', 'C-2', 'Two', 4900, 'EUR', 10, 1, 'OPEN', now())""")
                .update();
        jdbc.sql("""
                INSERT INTO learner (id, email, name, password_hash, created_at)
                VALUES ('00000000-0000-0000-0000-00000000000a', 'ada@example.com', 'Ada', 'x', now()),
                       ('00000000-0000-0000-0000-00000000000b', 'bob@example.com', 'Bob', 'x', now()),
                       ('00000000-0000-0000-0000-00000000000c', 'cy@example.com', 'Cy', 'x', now())""").update();
        jdbc.sql("""
                INSERT INTO coupon (id, code, percent_off, valid_from, valid_until, max_redemptions, redemptions)
                VALUES ('00000000-0000-0000-0000-0000000000f1', 'RACED', 10, now(), now() + interval '1 day', 1, 1),
                       ('00000000-0000-0000-0000-0000000000f2', 'UNUSED', 10, now(), now() + interval '1 day', 5, 4)""")
                .update();
        jdbc.sql("""
                INSERT INTO enrollment (id, learner_id, course_id, status, created_at, coupon_code)
                VALUES ('00000000-0000-0000-0000-0000000000e1', '00000000-0000-0000-0000-00000000000a',
                        '00000000-0000-0000-0000-0000000000c1', 'CONFIRMED', '2026-11-01T10:00:00Z', 'raced'),
                       ('00000000-0000-0000-0000-0000000000e2', '00000000-0000-0000-0000-00000000000a',
                        '00000000-0000-0000-0000-0000000000c2', 'PENDING_PAYMENT', '2026-11-02T10:00:00Z', 'RACED'),
                       ('00000000-0000-0000-0000-0000000000e3', '00000000-0000-0000-0000-00000000000b',
                        '00000000-0000-0000-0000-0000000000c1', 'CANCELLED', '2026-11-01T10:00:00Z', 'UNUSED'),
                       ('00000000-0000-0000-0000-0000000000e4', '00000000-0000-0000-0000-00000000000c',
                        '00000000-0000-0000-0000-0000000000c1', 'CONFIRMED', '2026-11-03T10:00:00Z', NULL),
                       ('00000000-0000-0000-0000-0000000000e5', '00000000-0000-0000-0000-00000000000c',
                        '00000000-0000-0000-0000-0000000000c2', 'REJECTED', '2026-11-01T10:00:00Z', NULL)""")
                .update();

        database.migrate(TestDatabase.MIGRATIONS);

        assertThat(jdbc.sql("SELECT learner_id::text || ' ' || order_id::text FROM first_order_credit ORDER BY 1")
                .query(String.class).list()).containsExactly(
                "00000000-0000-0000-0000-00000000000a 00000000-0000-0000-0000-0000000000e1",
                "00000000-0000-0000-0000-00000000000c 00000000-0000-0000-0000-0000000000e4");
        assertThat(jdbc.sql("SELECT order_id::text FROM coupon_redemption ORDER BY 1").query(String.class).list())
                .containsExactly("00000000-0000-0000-0000-0000000000e1", "00000000-0000-0000-0000-0000000000e2");
        assertThat(jdbc.sql("SELECT code || ' ' || redemptions || '/' || max_redemptions FROM coupon ORDER BY code")
                .query(String.class).list()).containsExactly("RACED 2/2", "UNUSED 0/5");
    }
}
