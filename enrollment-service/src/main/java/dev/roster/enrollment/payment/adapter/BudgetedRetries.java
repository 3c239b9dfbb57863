package dev.roster.enrollment.payment.adapter;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.util.backoff.BackOffExecution;

/**
 * Runs the attempts of one payment call as a Spring {@link RetryPolicy} says: retries a failure the policy's
 * predicate accepts, waits as its {@link org.springframework.util.backoff.BackOff} plans, and starts no attempt
 * whose wait would end past its timeout, counted from the start of the call. Spring 7's {@link RetryTemplate}
 * executes the same policy, but reads {@code System.currentTimeMillis()} and calls {@code Thread.sleep} itself
 * (7.0.9 has no hook for either), so a test could check its budget only against the wall clock; this executor
 * reads time from a {@link Ticker} and waits through a {@link Sleeper} instead.
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

    private final RetryPolicy policy;
    private final long budgetNanos;
    private final Ticker ticker;
    private final Sleeper sleeper;

    /** @param policy its timeout is the budget of a whole call, and must be set */
    BudgetedRetries(RetryPolicy policy, Ticker ticker, Sleeper sleeper) {
        this.policy = Objects.requireNonNull(policy, "policy");
        Duration budget = policy.getTimeout();
        if (budget.isZero() || budget.isNegative()) {
            throw new IllegalArgumentException("the retry policy needs a timeout, the budget of a call; was " + budget);
        }
        this.budgetNanos = budget.toNanos();
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Runs {@code attempt} until it answers or must stop; {@code startNanos} (on the ticker) starts the budget. */
    <T> Result<T> run(Supplier<T> attempt, long startNanos, BeforeRetry beforeRetry) {
        long deadlineNanos = startNanos + budgetNanos;
        BackOffExecution waits = policy.getBackOff().start();
        int attempts = 0;
        while (true) {
            attempts++;
            RuntimeException failure;
            try {
                return new Result.Done<>(attempt.get(), attempts);
            } catch (RuntimeException e) {
                failure = e;
            }
            if (!policy.shouldRetry(failure)) {
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
