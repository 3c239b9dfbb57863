package dev.roster.enrollment.identity.adapter;

import dev.roster.defaults.retention.RetentionPurge;
import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.identity.domain.ThrottleLimits;
import dev.roster.enrollment.platform.RetentionProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.LongConsumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Purges failed log-ins older than {@code roster.retention.login-failures}, on every instance (off with
 * {@code roster.retention.enabled=false}). A failure inside the throttle's window still counts against the
 * account and the address, so a retention shorter than the window is refused at start: purging there would
 * hand an attacker a fresh budget of guesses.
 */
@Component
@EnableScheduling
@ConditionalOnBooleanProperty(name = "roster.retention.enabled", matchIfMissing = true)
class LoginFailuresPurgeJob {

    static final String PURGED = "roster.retention.purged";


    private final RetentionPurge purge;

    LoginFailuresPurgeJob(JdbcClient jdbc, Transactions transactions, Clock clock, RetentionProperties settings,
                          MeterRegistry meters) {
        Counter purged = Counter.builder(PURGED).tag("table", "login_failure")
                .description("rows deleted by the retention purge").register(meters);
        this.purge = purge(jdbc, transactions, clock, settings, ThrottleLimits.DEFAULT, n -> purged.increment(n));
    }

    static RetentionPurge purge(JdbcClient jdbc, Transactions transactions, Clock clock, RetentionProperties settings,
                                ThrottleLimits throttle, LongConsumer purged) {
        if (settings.loginFailures().compareTo(throttle.window()) < 0) {
            throw new IllegalStateException("roster.retention.login-failures (" + settings.loginFailures()
                    + ") must not be shorter than the login throttle's window (" + throttle.window()
                    + "): failures inside the window still count");
        }
        return new RetentionPurge("login_failure", batch(jdbc), settings.loginFailures(), settings.batchSize(),
                transactions, clock, purged);
    }

    /** Claims its rows with SKIP LOCKED, so a second instance's batch takes others instead of waiting. */
    static RetentionPurge.Batch batch(JdbcClient jdbc) {
        return (cutoff, limit) -> jdbc.sql("""
                        DELETE FROM login_failure
                         WHERE id IN (SELECT id FROM login_failure
                                       WHERE failed_at < :cutoff
                                       ORDER BY failed_at
                                       LIMIT :limit
                                         FOR UPDATE SKIP LOCKED)""")
                .param("cutoff", Timestamp.from(cutoff))
                .param("limit", limit)
                .update();
    }

    @Scheduled(fixedDelayString = "${roster.retention.interval:1h}",
            initialDelayString = "${roster.retention.interval:1h}")
    void purgeLoginFailures() {
        purge.runScheduled();
    }
}
