package dev.roster.enrollment.payment.adapter;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * Exponential backoff with equal jitter, a Spring {@link BackOff} run by {@link BudgetedRetries}: before
 * retry {@code n} (1-based) the cap is {@code min(maxBackoff, initialBackoff * 2^(n-1))} and the wait is
 * drawn uniformly from {@code [cap/2, cap]}. Half the cap is kept so that a retry after {@code 409 request_in_progress}
 * never fires immediately; the other half spreads the retries of many callers apart. After
 * {@code maxAttempts - 1} waits it answers {@link BackOffExecution#STOP}.
 *
 * <p>Spring's own {@code ExponentialBackOff} has jitter too, but draws it from a random source of its
 * own; this one takes the random source as a parameter, so tests can seed it. It must be thread-safe
 * when the backoff is shared between concurrent calls ({@link java.util.Random} is).
 */
final class JitteredBackOff implements BackOff {

    private final long initialMillis;
    private final long maxMillis;
    private final int maxAttempts;
    private final RandomGenerator random;

    JitteredBackOff(Duration initialBackoff, Duration maxBackoff, int maxAttempts, RandomGenerator random) {
        this.initialMillis = Math.max(1, initialBackoff.toMillis());
        this.maxMillis = Math.max(initialMillis, maxBackoff.toMillis());
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public BackOffExecution start() {
        return new BackOffExecution() {
            private int retries;

            @Override
            public long nextBackOff() {
                if (retries >= maxAttempts - 1) {
                    return STOP;
                }
                return delayBeforeRetry(++retries);
            }
        };
    }

    /** The wait before retry {@code retry} (1-based): in {@code [cap - cap/2, cap]}. */
    long delayBeforeRetry(int retry) {
        long cap = capBeforeRetry(retry);
        long half = cap / 2;
        return cap - half + random.nextLong(half + 1);
    }

    /** {@code min(maxBackoff, initialBackoff * 2^(retry-1))}, without overflowing. */
    long capBeforeRetry(int retry) {
        long cap = initialMillis;
        for (int i = 1; i < retry && cap < maxMillis; i++) {
            cap *= 2;
        }
        return Math.min(cap, maxMillis);
    }

    @Override
    public String toString() {
        return "JitteredBackOff[initial=" + initialMillis + "ms, max=" + maxMillis + "ms, maxAttempts=" + maxAttempts
                + ", equal jitter]";
    }
}
