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
}
