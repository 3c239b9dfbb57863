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
}
