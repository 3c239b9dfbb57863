package dev.roster.enrollment.identity.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.identity.application.IdentityService;
import dev.roster.enrollment.identity.application.InvalidCredentialsException;
import dev.roster.enrollment.identity.application.LoginThrottledException;
import dev.roster.enrollment.identity.application.SignUp;
import dev.roster.enrollment.identity.domain.PasswordPolicy;
import dev.roster.enrollment.identity.domain.ThrottleLimits;
import dev.roster.enrollment.platform.UuidV7Generator;
import dev.roster.enrollment.testsupport.DataSourceTransactions;
import dev.roster.testkit.time.MutableClock;
import dev.roster.enrollment.testsupport.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the service share one database: failures seen by one count for the other, so
 * spreading guesses over instances gains an attacker nothing.
 */
class LoginThrottleAcrossInstancesIT {

    private static final String PASSWORD = "Correct-Horse-9";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));

    @Test
    void countsFailuresSeenByEveryInstance() {
        DataSource database = TestDatabase.emptied().dataSource();
        IdentityService first = instanceOn(database, 1);
        IdentityService second = instanceOn(database, 2);
        first.signUp(new SignUp("ada@example.com", "Ada", PASSWORD));

        for (int i = 0; i < 5; i++) {
            IdentityService instance = i % 2 == 0 ? first : second;
            assertThatThrownBy(() -> instance.logIn("ada@example.com", "Wrong-Pass-1", "192.0.2.10"))
                    .isInstanceOf(InvalidCredentialsException.class);
        }

        assertThatThrownBy(() -> second.logIn("ada@example.com", PASSWORD, "198.51.100.7"))
                .isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> first.logIn("ada@example.com", PASSWORD, "198.51.100.7"))
                .isInstanceOf(LoginThrottledException.class);

        clock.advance(Duration.ofMinutes(15));
        assertThat(second.logIn("ada@example.com", PASSWORD, "198.51.100.7").token()).isNotNull();
    }

    /**
     * Found by attacking the running service: failures stamped after an attempt's own "now" (by an
     * instance whose clock runs ahead, or by a concurrent attempt that read the clock a moment
     * later) were not counted, so a burst against real clocks got up to 10 guesses checked.
     */
    @Test
    void countsFailuresStampedByAnInstanceWhoseClockRunsAhead() {
        DataSource database = TestDatabase.emptied().dataSource();
        MutableClock aheadClock = new MutableClock(clock.instant().plusSeconds(1));
        IdentityService ahead = instanceOn(database, 1, aheadClock);
        IdentityService behind = instanceOn(database, 2, clock);
        ahead.signUp(new SignUp("ada@example.com", "Ada", PASSWORD));

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> ahead.logIn("ada@example.com", "Wrong-Pass-1", "192.0.2.10"))
                    .isInstanceOf(InvalidCredentialsException.class);
        }

        assertThatThrownBy(() -> behind.logIn("ada@example.com", "Wrong-Pass-2", "192.0.2.11"))
                .as("the sixth guess, on the instance a second behind").isInstanceOf(LoginThrottledException.class);
    }

    private IdentityService instanceOn(DataSource database, long seed) {
        return instanceOn(database, seed, clock);
    }

    private IdentityService instanceOn(DataSource database, long seed, java.time.Clock instanceClock) {
        JdbcClient jdbc = JdbcClient.create(database);
        return new IdentityService(new JdbcLearners(jdbc), new JdbcSessions(jdbc), JdbcLoginFailuresIT.on(database),
                DataSourceTransactions.on(database), new Argon2PasswordHasher(), new PasswordPolicy(Set.of()),
                ThrottleLimits.DEFAULT, new UuidV7Generator(), new SplittableRandom(seed), instanceClock, by -> { });
    }
}
