package dev.roster.journeys.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.journeys.RunningJar;
import dev.roster.testkit.db.RealPostgres;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A production jar started without what it needs (no database URL, or notification-service without a mail
 * server) does not start on a stand-in: it exits non-zero with Spring Boot's one failure report naming what
 * to set, and no stack trace.
 */
@Guards(Risk.LOCAL_STAND_IN_IN_PRODUCTION)
class RequiredSettingsIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Only a bound for a jar that would not stop at all; a refusing jar stops within seconds. */
    private static final Duration STOPS_WITHIN = Duration.ofSeconds(180);

    @Test
    void enrollmentServiceWithoutADatabaseUrlSaysToSetOne() {
        try (RunningJar enrollment = start("enrollment-service", "no-database", List.of("--management.server.port=0"))) {
            assertThat(enrollment.awaitExit(STOPS_WITHIN)).isNotZero();
            assertThat(enrollment.output()).satisfies(RequiredSettingsIT::isOneReportWithoutStackTrace)
                    .contains("enrollment-service has no database to use")
                    .contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD")
                    .doesNotContain("Database: embedded PostgreSQL");
        }
    }

    @Test
    void notificationServiceRunLikeTheLocalOneButFromTheProductionJarSaysToSetADatabaseUrl() {
        try (RunningJar notification = start("notification-service", "local-profile", List.of("--spring.profiles.active=local"))) {
            assertThat(notification.awaitExit(STOPS_WITHIN)).isNotZero();
            assertThat(notification.output()).satisfies(RequiredSettingsIT::isOneReportWithoutStackTrace)
                    .contains("notification-service has no database to use", "SPRING_DATASOURCE_URL");
        }
    }

    @Test
    void notificationServiceWithoutAMailServerSaysToSetOne() {
        RealPostgres.Database database = RealPostgres.shared().createDatabase("roster_required_settings");
        try (RunningJar notification = start("notification-service", "no-mail-server", List.of(
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--roster.notification.service-token=required-settings-token"))) {
            assertThat(notification.awaitExit(STOPS_WITHIN)).isNotZero();
            assertThat(notification.output()).satisfies(RequiredSettingsIT::isOneReportWithoutStackTrace)
                    .contains("notification-service has no mail server", "SPRING_MAIL_HOST");
        }
    }

    private static RunningJar start(String service, String situation, List<String> arguments) {
        return RunningJar.launch(service + "-" + situation,
                ROOT.resolve(service + "/target/" + service + "-exec.jar"), RunningJar.freePort(), arguments);
    }

    private static void isOneReportWithoutStackTrace(String output) {
        assertThat(output.split("APPLICATION FAILED TO START", -1)).as(output).hasSize(2);
        assertThat(output.lines()).as(output)
                .noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by:"));
    }
}
