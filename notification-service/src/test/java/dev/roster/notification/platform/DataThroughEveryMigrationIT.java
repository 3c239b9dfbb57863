package dev.roster.notification.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.testkit.db.RealPostgres;
import dev.roster.testkit.db.SeededRows;
import dev.roster.testkit.risk.BrokenVariantProof;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The handled-events record carried across every migration: rows written at the version that introduced
 * the tables must hold every value at the latest one, or a redelivered event would be handled (and mailed)
 * again. A migration added later runs over all of it.
 */
@Guards({Risk.MIGRATION_BREAKS_DATA, Risk.DUPLICATE_EVENT_SECOND_EMAIL})
class DataThroughEveryMigrationIT {

    private static final String MIGRATIONS = "classpath:db/migration";
    private static final String BROKEN = "classpath:db/migration-broken";

    @Test
    void keepsEveryHandledEventAndItsEmail() throws SQLException {
        DataSource dataSource = RealPostgres.shared().createDatabase("notification_migrations").dataSource();
        SeededRows seeded = seed(dataSource, MIGRATIONS);

        Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load().migrate();

        assertThat(seeded.count()).as("rows seeded").isEqualTo(5);
        seeded.assertKept();
    }

    /** A migration that drops old handled events (a "retention" clean-up) fails the check above. */
    @Test
    @BrokenVariantProof(Risk.MIGRATION_BREAKS_DATA)
    void wouldCatchAMigrationThatForgetsHandledEvents() throws SQLException {
        DataSource dataSource = RealPostgres.shared().createDatabase("notification_migrations").dataSource();
        SeededRows seeded = seed(dataSource, MIGRATIONS, BROKEN);

        Flyway.configure().dataSource(dataSource).locations(MIGRATIONS, BROKEN).load().migrate();

        assertThatThrownBy(seeded::assertKept).isInstanceOf(AssertionError.class).hasMessageContaining("is gone");
    }

    private static SeededRows seed(DataSource dataSource, String... locations) throws SQLException {
        SeededRows seeded = new SeededRows(dataSource);
        Flyway.configure().dataSource(dataSource).locations(locations).target("1").load().migrate();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO processed_message (event_id, type, processed_at)
                    VALUES ('00000000-0000-0000-0000-0000000000a1', 'EnrollmentConfirmed', '2026-10-01T08:00:00.123456Z'),
                           ('00000000-0000-0000-0000-0000000000a2', 'EnrollmentCancelled', '2026-10-02T08:00:00Z'),
                           ('00000000-0000-0000-0000-0000000000a3', 'EnrollmentConfirmed', '2026-11-21T08:00:00Z')""");
            statement.execute("""
                    INSERT INTO sent_email (event_id, recipient, subject, message_id, sent_at)
                    VALUES ('00000000-0000-0000-0000-0000000000a1', 'ada@example.com', 'You are enrolled: Ünïcødé ✓',
                            '<a1@roster.local>', '2026-10-01T08:00:00.2Z'),
                           ('00000000-0000-0000-0000-0000000000a3', 'bob@example.com', 'You are enrolled',
                            '<a3@roster.local>', '2026-11-21T08:00:01Z')""");
        }
        seeded.remember("processed_message", "event_id");
        seeded.remember("sent_email", "event_id");
        return seeded;
    }
}
