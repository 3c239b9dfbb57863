package dev.roster.enrollment.identity.adapter;

import static dev.roster.enrollment.identity.adapter.LoginBurst.assertThrottleHeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.roster.enrollment.identity.application.IdentityService;
import dev.roster.enrollment.identity.application.LoginThrottledException;
import dev.roster.enrollment.identity.application.PasswordHasher;
import dev.roster.enrollment.identity.application.SignUp;
import dev.roster.enrollment.identity.domain.PasswordHash;
import dev.roster.enrollment.identity.domain.PasswordPolicy;
import dev.roster.enrollment.identity.domain.ThrottleLimits;
import dev.roster.enrollment.platform.UuidV7Generator;
import dev.roster.enrollment.testsupport.DataSourceTransactions;
import dev.roster.testkit.time.MutableClock;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.BrokenVariantProof;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A concurrent burst of guesses, spread over two instances of the service (each with its own
 * connection pool) on one PostgreSQL, gets no more passwords checked than the throttle allows; the
 * same harness run against the old check-then-hash flow lets the whole burst through.
 */
class LoginThrottleBurstIT {

    private static final int BURST = 50;
    private static final String ADDRESS = "192.0.2.10";
    private static final String PASSWORD = "Correct-Horse-9";
    /** A small address limit, so the per-address burst stays cheap: 20 accounts, at most 8 checks. */
    private static final ThrottleLimits SMALL_ADDRESS_LIMIT = new ThrottleLimits(5, 8, Duration.ofMinutes(15));
    private static final int ADDRESS_BURST = 20;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final List<HikariDataSource> pools = new ArrayList<>();
    private DataSource database;

    @BeforeEach
    void emptyDatabase() {
        database = TestDatabase.emptied().dataSource();
    }

    @AfterEach
    void closePools() {
        pools.forEach(HikariDataSource::close);
    }

    @Test
    @Guards(Risk.LOGIN_THROTTLE_BYPASSED_BY_BURST)
    void checksAtMostFivePasswordsOfABurstOnOneAccount() throws Exception {
        LoginBurst burst = new LoginBurst(BURST, new Argon2PasswordHasher());
        IdentityService first = instance(ThrottleLimits.DEFAULT, burst.hasher());
        IdentityService second = instance(ThrottleLimits.DEFAULT, burst.hasher());
        first.signUp(new SignUp("ada@example.com", "Ada", PASSWORD));

        LoginBurst.Outcome outcome = burst.run(List.of(first::logIn, second::logIn), i -> "ada@example.com", ADDRESS);

        assertThrottleHeld(outcome, BURST, 5);
        assertThat(outcome.checked()).as("the throttle lets the first five through").isEqualTo(5);
    }

    @Test
    @BrokenVariantProof(Risk.LOGIN_THROTTLE_BYPASSED_BY_BURST)
    void wouldCatchTheCheckThenHashFlowOnOneAccount() throws Exception {
        LoginBurst burst = new LoginBurst(BURST, new Argon2PasswordHasher());
        instance(ThrottleLimits.DEFAULT, burst.hasher()).signUp(new SignUp("ada@example.com", "Ada", PASSWORD));
        CheckThenHashLogIn first = oldFlow(ThrottleLimits.DEFAULT, burst.hasher());
        CheckThenHashLogIn second = oldFlow(ThrottleLimits.DEFAULT, burst.hasher());

        LoginBurst.Outcome outcome = burst.run(List.of(first::logIn, second::logIn), i -> "ada@example.com", ADDRESS);

        assertThatThrownBy(() -> assertThrottleHeld(outcome, BURST, 5)).isInstanceOf(AssertionError.class);
        assertThat(outcome.checked()).as("every guess of the burst checked").isEqualTo(BURST);
    }

    @Test
    @Guards(Risk.LOGIN_THROTTLE_BYPASSED_BY_BURST)
    void checksAtMostTheAddressLimitOfABurstOverManyAccounts() throws Exception {
        LoginBurst burst = new LoginBurst(ADDRESS_BURST, new Argon2PasswordHasher());
        IdentityService first = instance(SMALL_ADDRESS_LIMIT, burst.hasher());
        IdentityService second = instance(SMALL_ADDRESS_LIMIT, burst.hasher());

        LoginBurst.Outcome outcome = burst.run(List.of(first::logIn, second::logIn), i -> "user" + i + "@example.com",
                ADDRESS);

        assertThrottleHeld(outcome, ADDRESS_BURST, 8);
        assertThat(outcome.checked()).isEqualTo(8);
    }

    @Test
    @BrokenVariantProof(Risk.LOGIN_THROTTLE_BYPASSED_BY_BURST)
    void wouldCatchTheCheckThenHashFlowOverManyAccounts() throws Exception {
        LoginBurst burst = new LoginBurst(ADDRESS_BURST, new Argon2PasswordHasher());
        CheckThenHashLogIn first = oldFlow(SMALL_ADDRESS_LIMIT, burst.hasher());
        CheckThenHashLogIn second = oldFlow(SMALL_ADDRESS_LIMIT, burst.hasher());

        LoginBurst.Outcome outcome = burst.run(List.of(first::logIn, second::logIn), i -> "user" + i + "@example.com",
                ADDRESS);

        assertThatThrownBy(() -> assertThrottleHeld(outcome, ADDRESS_BURST, 8)).isInstanceOf(AssertionError.class);
        assertThat(outcome.checked()).isEqualTo(ADDRESS_BURST);
    }

    @Test
    @Guards(Risk.LOGIN_THROTTLE_BYPASSED_BY_BURST)
    void countsAnAttemptThatDiedDuringItsCheckUntilItLeavesTheWindow() {
        IdentityService dying = instance(ThrottleLimits.DEFAULT, new DyingHasher(new Argon2PasswordHasher()));
        IdentityService healthy = instance(ThrottleLimits.DEFAULT, new Argon2PasswordHasher());
        healthy.signUp(new SignUp("ada@example.com", "Ada", PASSWORD));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> dying.logIn("ada@example.com", "Wrong-Pass-1", ADDRESS))
                    .isInstanceOf(InstanceDied.class);
        }

        assertThatThrownBy(() -> healthy.logIn("ada@example.com", PASSWORD, "198.51.100.7"))
                .isInstanceOf(LoginThrottledException.class);

        clock.advance(Duration.ofMinutes(15));
        assertThat(healthy.logIn("ada@example.com", PASSWORD, "198.51.100.7").token()).isNotNull();
    }

    private IdentityService instance(ThrottleLimits limits, PasswordHasher hasher) {
        DataSource pool = pool();
        JdbcClient jdbc = JdbcClient.create(pool);
        return new IdentityService(new JdbcLearners(jdbc), new JdbcSessions(jdbc), JdbcLoginFailuresIT.on(pool),
                DataSourceTransactions.on(pool), hasher, new PasswordPolicy(Set.of()), limits, new UuidV7Generator(),
                new SplittableRandom(pools.size()), clock, by -> { });
    }

    private CheckThenHashLogIn oldFlow(ThrottleLimits limits, PasswordHasher hasher) {
        DataSource pool = pool();
        return new CheckThenHashLogIn(new JdbcLearners(JdbcClient.create(pool)), JdbcLoginFailuresIT.on(pool), hasher,
                limits, clock);
    }

    /** One instance's own small pool, so the burst neither opens 50 connections nor shares one pool. */
    private DataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setDataSource(database);
        config.setMaximumPoolSize(4);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    private static final class InstanceDied extends RuntimeException {
    }

    /** Dies in the middle of every password check, as an instance killed during Argon2 would. */
    private record DyingHasher(PasswordHasher real) implements PasswordHasher {

        @Override
        public PasswordHash hash(String password) {
            return real.hash(password);
        }

        @Override
        public boolean matches(String password, PasswordHash hash) {
            throw new InstanceDied();
        }
    }
}
