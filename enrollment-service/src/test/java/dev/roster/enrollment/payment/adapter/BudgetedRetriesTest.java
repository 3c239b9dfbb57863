package dev.roster.enrollment.payment.adapter;

import static dev.roster.enrollment.payment.adapter.FixedDraws.HIGHEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.roster.enrollment.payment.adapter.BudgetedRetries.Result;
import dev.roster.enrollment.payment.adapter.BudgetedRetries.Stop;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.core.retry.RetryPolicy;

/**
 * The attempts of one payment call, as a Spring {@link RetryPolicy} plans them, on a {@link FakeTime}: which
 * waits are taken, and when the budget (the policy's timeout) stops them. Each attempt "takes" a stated time
 * by advancing the ticker; nothing here sleeps.
 */
@Guards(Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY)
class BudgetedRetriesTest {

    private final List<Integer> retriesAnnounced = new ArrayList<>();

    @Test
    void waitsThePlannedBackoffBeforeEachRetryAndAnswersTheFirstSuccess() {
        FakeTime time = new FakeTime();
        Supplier<String> failsTwice = new FailingFirst(2, time, Duration.ofMillis(10));

        Result<String> result = retries(time, 4, 10_000).run(failsTwice, time.nanos(), this::announce);

        assertThat(result).isEqualTo(new Result.Done<>("answer", 3));
        assertThat(time.waits()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(retriesAnnounced).as("failed attempts announced before each retry").containsExactly(1, 2);
    }

    @Test
    void startsNoRetryWhoseWaitWouldEndPastTheDeadline() {
        FakeTime time = new FakeTime();
        // attempt 1: 0-300 ms, wait 100, attempt 2: 400-700 ms; a wait of 200 would end at 900, past 800
        Supplier<String> alwaysFails = new FailingFirst(Integer.MAX_VALUE, time, Duration.ofMillis(300));

        Result<String> result = retries(time, 10, 800).run(alwaysFails, time.nanos(), this::announce);

        assertThat(result).isInstanceOfSatisfying(Result.Failed.class, failed -> {
            assertThat(failed.stop()).isEqualTo(Stop.TIMEOUT);
            assertThat(failed.attempts()).isEqualTo(2);
        });
        assertThat(time.waits()).containsExactly(Duration.ofMillis(100));
    }

    @Test
    void startsARetryWhoseWaitEndsRightAtTheDeadline() {
        FakeTime time = new FakeTime();
        // attempt 1: 0-300 ms, a wait of 100 ends at 400 = the deadline: attempt 2 still starts
        Supplier<String> alwaysFails = new FailingFirst(Integer.MAX_VALUE, time, Duration.ofMillis(300));

        Result<String> result = retries(time, 10, 400).run(alwaysFails, time.nanos(), this::announce);

        assertThat(result.attempts()).isEqualTo(2);
        assertThat(result).isInstanceOfSatisfying(Result.Failed.class,
                failed -> assertThat(failed.stop()).isEqualTo(Stop.TIMEOUT));
    }

    @Test
    void keepsTheBudgetWhereverTheTickerStarts() {
        // System.nanoTime() may start anywhere; here the deadline lies past Long.MAX_VALUE and wraps around
        FakeTime time = new FakeTime(Long.MAX_VALUE - Duration.ofMillis(350).toNanos());
        Supplier<String> alwaysFails = new FailingFirst(Integer.MAX_VALUE, time, Duration.ofMillis(300));

        Result<String> result = retries(time, 10, 800).run(alwaysFails, time.nanos(), this::announce);

        assertThat(result.attempts()).isEqualTo(2);
        assertThat(time.waits()).containsExactly(Duration.ofMillis(100));
    }

    @Test
    void stopsAfterMaxAttemptsWithinTheBudget() {
        FakeTime time = new FakeTime();
        Supplier<String> alwaysFails = new FailingFirst(Integer.MAX_VALUE, time, Duration.ofMillis(10));

        Result<String> result = retries(time, 4, 60_000).run(alwaysFails, time.nanos(), this::announce);

        assertThat(result).isInstanceOfSatisfying(Result.Failed.class, failed -> {
            assertThat(failed.stop()).isEqualTo(Stop.EXHAUSTED);
            assertThat(failed.attempts()).isEqualTo(4);
        });
        assertThat(time.waits()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void neitherWaitsNorRetriesAFailureThatIsNotRetryable() {
        FakeTime time = new FakeTime();
        BudgetedRetries retries = new BudgetedRetries(policy(4, failure -> false, 10_000), time, time);

        Result<String> result = retries.run(new FailingFirst(1, time, Duration.ZERO), time.nanos(), this::announce);

        assertThat(result).isInstanceOfSatisfying(Result.Failed.class, failed -> {
            assertThat(failed.stop()).isEqualTo(Stop.NOT_RETRYABLE);
            assertThat(failed.attempts()).isEqualTo(1);
        });
        assertThat(time.waits()).isEmpty();
    }

    @Test
    void stopsAndKeepsTheInterruptWhenInterruptedWhileWaiting() {
        FakeTime time = new FakeTime();
        Sleeper interrupted = duration -> {
            throw new InterruptedException("shutting down");
        };
        BudgetedRetries retries = new BudgetedRetries(policy(4, failure -> true, 10_000), time, interrupted);
        try {
            Result<String> result = retries.run(new FailingFirst(Integer.MAX_VALUE, time, Duration.ZERO),
                    time.nanos(), this::announce);

            assertThat(result).isInstanceOfSatisfying(Result.Failed.class, failed -> {
                assertThat(failed.stop()).isEqualTo(Stop.INTERRUPTED);
                assertThat(failed.attempts()).isEqualTo(1);
            });
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept for the caller").isTrue();
        } finally {
            Thread.interrupted(); // clears the flag for the next test
        }
    }

    private void announce(int failedAttempts, RuntimeException last) {
        retriesAnnounced.add(failedAttempts);
    }

    @Test
    void refusesAPolicyWithoutATimeoutBecauseACallNeedsABudget() {
        RetryPolicy unbounded = RetryPolicy.builder().backOff(backOff(4)).build();

        assertThatIllegalArgumentException().isThrownBy(() -> new BudgetedRetries(unbounded, Ticker.SYSTEM,
                Sleeper.SYSTEM)).withMessageContaining("timeout");
    }

    private static BudgetedRetries retries(FakeTime time, int maxAttempts, long budgetMillis) {
        return new BudgetedRetries(policy(maxAttempts, failure -> failure instanceof IllegalStateException, budgetMillis),
                time, time);
    }

    /** Spring's policy as the gateway builds it: a predicate, the jittered backoff and the budget as timeout. */
    private static RetryPolicy policy(int maxAttempts, Predicate<Throwable> retryable, long budgetMillis) {
        return RetryPolicy.builder()
                .predicate(retryable)
                .backOff(backOff(maxAttempts))
                .timeout(Duration.ofMillis(budgetMillis))
                .build();
    }

    private static JitteredBackOff backOff(int maxAttempts) {
        return new JitteredBackOff(Duration.ofMillis(100), Duration.ofSeconds(10), maxAttempts, HIGHEST);
    }

    /** Fails its first {@code failures} attempts (retryably), each taking {@code took}; then answers. */
    private static final class FailingFirst implements Supplier<String> {
        private final int failures;
        private final FakeTime time;
        private final Duration took;
        private int attempts;

        FailingFirst(int failures, FakeTime time, Duration took) {
            this.failures = failures;
            this.time = time;
            this.took = took;
        }

        @Override
        public String get() {
            time.advance(took);
            if (attempts++ < failures) {
                throw new IllegalStateException("attempt " + attempts + " failed");
            }
            return "answer";
        }
    }
}
