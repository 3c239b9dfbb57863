package dev.roster.enrollment.payment.adapter;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * The attempts of one payment call: retries a failure that {@code retryable} accepts, waits as the
 * {@link BackOff} plans, and starts no attempt whose wait would end past the call's deadline. Time is read
 * from a {@link Ticker} and waited through a {@link Sleeper}: Spring 7's {@code RetryTemplate} does the
 * same, but reads {@code System.currentTimeMillis()} and calls {@code Thread.sleep} itself, so a test could
 * only check its budget against the wall clock.
 */
final class BudgetedRetries {

    /** Why the attempts ended without an answer. */
    enum Stop { NOT_RETRYABLE, EXHAUSTED, TIMEOUT, INTERRUPTED }

    /** What the attempts came to: an answer, or the last failure and why no further attempt was made. */
    sealed interface Result<T> {

        int attempts();

        record Done<T>(T value, int attempts) implements Result<T> {
        }

        record Failed<T>(Stop stop, RuntimeException last, int attempts) implements Result<T> {
        }
    }

    /** Told after each wait, right before the retry: for the retry counter and the warning. */
    @FunctionalInterface
    interface BeforeRetry {
        void beforeRetry(int failedAttempts, RuntimeException last);
    }

    private final BackOff backOff;
    private final Predicate<Throwable> retryable;
    private final Ticker ticker;
    private final Sleeper sleeper;

    BudgetedRetries(BackOff backOff, Predicate<Throwable> retryable, Ticker ticker, Sleeper sleeper) {
        this.backOff = Objects.requireNonNull(backOff, "backOff");
        this.retryable = Objects.requireNonNull(retryable, "retryable");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Runs {@code attempt} until it answers or must stop; {@code deadlineNanos} is on the ticker's scale. */
    <T> Result<T> run(Supplier<T> attempt, long deadlineNanos, BeforeRetry beforeRetry) {
        BackOffExecution waits = backOff.start();
        int attempts = 0;
        while (true) {
            attempts++;
            RuntimeException failure;
            try {
                return new Result.Done<>(attempt.get(), attempts);
            } catch (RuntimeException e) {
                failure = e;
            }
            if (!retryable.test(failure)) {
                return new Result.Failed<>(Stop.NOT_RETRYABLE, failure, attempts);
            }
            long leftNanos = deadlineNanos - ticker.nanos(); // a difference: nanoTime values may be negative
            if (leftNanos < 0) {
                return new Result.Failed<>(Stop.TIMEOUT, failure, attempts);
            }
            long waitMillis = waits.nextBackOff();
            if (waitMillis == BackOffExecution.STOP) {
                return new Result.Failed<>(Stop.EXHAUSTED, failure, attempts);
            }
            Duration wait = Duration.ofMillis(waitMillis);
            if (leftNanos < wait.toNanos()) {
                return new Result.Failed<>(Stop.TIMEOUT, failure, attempts); // the retry would start past the budget
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result.Failed<>(Stop.INTERRUPTED, failure, attempts);
            }
            beforeRetry.beforeRetry(attempts, failure);
        }
    }
}
