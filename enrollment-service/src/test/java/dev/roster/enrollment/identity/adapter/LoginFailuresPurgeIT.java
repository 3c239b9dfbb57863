package dev.roster.enrollment.identity.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.roster.defaults.retention.RetentionPurge;
import dev.roster.enrollment.identity.domain.LoginThrottle;
import dev.roster.enrollment.identity.domain.ThrottleLimits;
import dev.roster.enrollment.platform.RetentionProperties;
import dev.roster.enrollment.testsupport.DataSourceTransactions;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The login-failures purge on PostgreSQL and a fixed clock: failures older than the retention go, and
 * every failure the throttle still counts stays, so the purge never hands back guesses.
 */
@Guards(Risk.RETENTION_PURGES_LIVE_DATA)
class LoginFailuresPurgeIT {

    private static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");
    private static final ThrottleLimits THROTTLE = ThrottleLimits.DEFAULT;

    private DataSource dataSource;
    private JdbcClient jdbc;
    private JdbcLoginFailures failures;

    @BeforeEach
    void emptyDatabase() {
        dataSource = TestDatabase.emptied().dataSource();
        jdbc = JdbcClient.create(dataSource);
        failures = new JdbcLoginFailures(jdbc);
    }

    @Test
    void purgesFailuresOlderThanTheRetentionAndKeepsYoungerOnes() {
        Duration retention = Duration.ofDays(1);
        failures.record("old@example.com", "10.0.0.1", NOW.minus(retention).minusSeconds(1));
        failures.record("old@example.com", "10.0.0.1", NOW.minus(Duration.ofDays(3)));
        failures.record("recent@example.com", "10.0.0.2", NOW.minus(retention));
        failures.record("recent@example.com", "10.0.0.2", NOW.minus(Duration.ofHours(2)));

        long purged = purge(retention).run();

        assertThat(purged).isEqualTo(2);
        assertThat(jdbc.sql("SELECT email FROM login_failure").query(String.class).list())
                .containsExactly("recent@example.com", "recent@example.com");
    }

    @Test
    void aRetentionAsShortAsTheThrottleWindowLeavesEveryCountedFailure() {
        for (int i = 1; i <= THROTTLE.perAccount(); i++) {
            failures.record("ada@example.com", "10.0.0.1", NOW.minus(THROTTLE.window()).plusSeconds(i));
        }
        failures.record("ada@example.com", "10.0.0.1", NOW.minus(THROTTLE.window()).minusSeconds(1));

        purge(THROTTLE.window()).run();

        assertThat(new LoginThrottle(THROTTLE).decide(
                failures.forAccountSince("ada@example.com", NOW.minus(THROTTLE.window())),
                failures.forAddressSince("10.0.0.1", NOW.minus(THROTTLE.window())), NOW).isAllowed())
                .as("the account is still throttled after the purge").isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM login_failure").query(Long.class).single())
                .isEqualTo(THROTTLE.perAccount());
    }

    @Test
    void refusesARetentionShorterThanTheThrottleWindow() {
        assertThatIllegalStateException().isThrownBy(() -> purge(THROTTLE.window().minusMinutes(1)))
                .withMessageContaining("roster.retention.login-failures")
                .withMessageContaining("window");
    }

    private RetentionPurge purge(Duration retention) {
        RetentionProperties settings = new RetentionProperties(true, Duration.ofHours(1), 2, Duration.ofDays(7),
                retention);
        return LoginFailuresPurgeJob.purge(jdbc, DataSourceTransactions.on(dataSource), Clock.fixed(NOW, ZoneOffset.UTC),
                settings, THROTTLE, n -> { });
    }
}
