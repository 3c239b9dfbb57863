package dev.roster.enrollment.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.identity.domain.LoginThrottle;
import dev.roster.enrollment.identity.domain.ThrottleDecision;
import dev.roster.enrollment.identity.domain.ThrottleLimits;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The promises of the {@link LoginFailures} port, run against the in-memory fake
 * ({@link InMemoryLoginFailuresTest}) and the real adapter on PostgreSQL (JdbcLoginFailuresIT), so
 * the fake the application tests use cannot drift from what the database does.
 */
public abstract class LoginFailuresContract {

    protected static final Instant T0 = Instant.parse("2027-03-01T12:00:00Z");
    private static final String ADA = "ada@example.com";
    private static final String BOB = "bob@example.com";
    private static final String ADDRESS = "192.0.2.10";
    private static final int BURST = 20;

    /** 2 per account, 3 per address, so the limits are reached in a few calls. */
    private final LoginThrottle small = new LoginThrottle(new ThrottleLimits(2, 3, Duration.ofMinutes(15)));

    /** The store under test, empty when the test starts. */
    protected abstract LoginFailures failures();

    @Test
    void admitsAttemptsBelowTheLimitAndRecordsEachAsAFailureStraightAway() {
        assertThat(failures().admit(ADA, ADDRESS, T0, small).isAllowed()).isTrue();
        assertThat(failures().admit(ADA, ADDRESS, T0.plusSeconds(1), small).isAllowed()).isTrue();

        assertThat(failures().forAccountSince(ADA, T0.minusSeconds(1))).containsExactlyInAnyOrder(T0, T0.plusSeconds(1));
        assertThat(failures().forAddressSince(ADDRESS, T0.minusSeconds(1))).hasSize(2);
    }

    @Test
    void blocksTheAttemptAtTheAccountLimitWithoutRecordingIt() {
        failures().admit(ADA, ADDRESS, T0, small);
        failures().admit(ADA, ADDRESS, T0, small);

        assertThat(failures().admit(ADA, "198.51.100.7", T0.plusSeconds(60), small))
                .isEqualTo(new ThrottleDecision.Blocked(Duration.ofMinutes(14), ThrottleDecision.Limit.ACCOUNT));
        assertThat(failures().forAccountSince(ADA, T0.minusSeconds(1))).hasSize(2);
        assertThat(failures().forAddressSince("198.51.100.7", T0.minusSeconds(1))).isEmpty();
    }

    @Test
    void blocksAnAddressOnceItsAttemptsAcrossAccountsReachTheLimit() {
        for (String account : List.of(ADA, BOB, "cy@example.com")) {
            assertThat(failures().admit(account, ADDRESS, T0, small).isAllowed()).isTrue();
        }

        assertThat(failures().admit("dee@example.com", ADDRESS, T0, small))
                .isInstanceOfSatisfying(ThrottleDecision.Blocked.class,
                        blocked -> assertThat(blocked.by()).isEqualTo(ThrottleDecision.Limit.ADDRESS));
        assertThat(failures().admit("dee@example.com", "198.51.100.7", T0, small).isAllowed()).isTrue();
        assertThat(failures().forAddressSince(ADDRESS, T0.minusSeconds(1))).hasSize(3);
    }

    @Test
    void letsAnAdmittedAttemptThatNeverFinishedAgeOutWithTheWindow() {
        failures().admit(ADA, ADDRESS, T0, small);
        failures().admit(ADA, ADDRESS, T0, small);

        assertThat(failures().admit(ADA, ADDRESS, T0.plus(Duration.ofMinutes(15)).minusNanos(1000), small).isAllowed())
                .isFalse();
        assertThat(failures().admit(ADA, ADDRESS, T0.plus(Duration.ofMinutes(15)), small).isAllowed()).isTrue();
    }

    @Test
    void clearingAnAccountForgetsItsAttemptsOnlyAndFreesTheAddressOfThem() {
        failures().admit(ADA, ADDRESS, T0, small);
        failures().admit(ADA, ADDRESS, T0, small);
        failures().admit(BOB, ADDRESS, T0, small);

        failures().clearAccount(ADA);

        assertThat(failures().forAccountSince(ADA, T0.minusSeconds(1))).isEmpty();
        assertThat(failures().forAccountSince(BOB, T0.minusSeconds(1))).containsExactly(T0);
        assertThat(failures().forAddressSince(ADDRESS, T0.minusSeconds(1))).containsExactly(T0);
        assertThat(failures().admit(ADA, ADDRESS, T0, small).isAllowed()).isTrue();
    }

    @Test
    void readsFailuresStrictlyAfterTheGivenInstant() {
        failures().record(ADA, ADDRESS, T0);

        assertThat(failures().forAccountSince(ADA, T0)).isEmpty();
        assertThat(failures().forAccountSince(ADA, T0.minusNanos(1000))).containsExactly(T0);
        assertThat(failures().forAddressSince(ADDRESS, T0)).isEmpty();
        assertThat(failures().forAddressSince(ADDRESS, T0.minusNanos(1000))).containsExactly(T0);
    }

    @Test
    @Guards(Risk.LOGIN_THROTTLE_BYPASSED_BY_BURST)
    void admitsExactlyTheAccountLimitFromAConcurrentBurst() throws Exception {
        LoginThrottle defaults = new LoginThrottle(ThrottleLimits.DEFAULT);
        ExecutorService pool = Executors.newFixedThreadPool(BURST);
        CyclicBarrier start = new CyclicBarrier(BURST);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                String address = "192.0.2." + i;
                attempts.add(() -> {
                    start.await();
                    return failures().admit(ADA, address, T0, defaults).isAllowed();
                });
            }
            int admitted = 0;
            for (Future<Boolean> outcome : pool.invokeAll(attempts)) {
                admitted += outcome.get() ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(ThrottleLimits.DEFAULT.perAccount());
            assertThat(failures().forAccountSince(ADA, T0.minusSeconds(1))).hasSize(ThrottleLimits.DEFAULT.perAccount());
        } finally {
            pool.shutdownNow();
        }
    }
}
