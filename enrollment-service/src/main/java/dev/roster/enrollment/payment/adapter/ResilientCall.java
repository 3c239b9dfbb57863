package dev.roster.enrollment.payment.adapter;

import dev.roster.enrollment.payment.adapter.FailedAttempts.RetryableAnswer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryPolicy;

/**
 * One call to the provider, the same for every operation.
 * <ul>
 *   <li><b>Budget.</b> Each call has {@code roster.payment.budget} in total. Waiting for a permit, every
 *       attempt and every wait between attempts come out of it; no attempt starts when the wait before it
 *       would end past the budget. An attempt already running may overrun the budget by at most its read
 *       timeout.</li>
 *   <li><b>Bulkhead.</b> At most {@code max-concurrent-calls} calls are in flight; a call waits for a permit
 *       (a fair {@link Semaphore}) within its budget. Spring 7's {@code @ConcurrencyLimit} either blocks
 *       without a time limit or rejects at once, and needs a proxy. No permit: {@link Exchange.Busy}, nothing
 *       was sent.</li>
 *   <li><b>Retries</b> as a Spring {@link RetryPolicy} says: its predicate {@link FailedAttempts#isRetryable}
 *       (connection refused or reset, timeouts, HTTP 5xx and 409; not 402 or any other 4xx), its backoff
 *       {@link JitteredBackOff} (exponential, equal jitter, at most {@code max-attempts}), its timeout the
 *       budget; run by {@link BudgetedRetries} on the injected {@link Ticker} and {@link Sleeper}, so tests
 *       check the budget and the backoff without the wall clock.</li>
 * </ul>
 */
final class ResilientCall {

    static final String RETRIES = "roster.payment.retries";

    // The gateway's logger on purpose: operators and alerts know its name, and one logger tells one call.
    private static final Logger log = LoggerFactory.getLogger(HttpPaymentGateway.class);

    private final PaymentProviderProperties properties;
    private final MeterRegistry meters;
    private final Ticker ticker;
    private final BudgetedRetries retries;
    private final Semaphore permits;
    private final Function<HttpAnswer, String> describe;

    ResilientCall(PaymentProviderProperties properties, MeterRegistry meters, RandomGenerator random, Ticker ticker,
                  Sleeper sleeper, Function<HttpAnswer, String> describe) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.meters = Objects.requireNonNull(meters, "meters");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.describe = Objects.requireNonNull(describe, "describe");
        RetryPolicy policy = RetryPolicy.builder()
                .predicate(FailedAttempts::isRetryable)
                .backOff(new JitteredBackOff(properties.initialBackoff(), properties.maxBackoff(),
                        properties.maxAttempts(), random))
                .timeout(properties.budget())
                .build();
        this.retries = new BudgetedRetries(policy, ticker, sleeper);
        this.permits = new Semaphore(properties.maxConcurrentCalls(), true);
        for (ProviderOperation operation : ProviderOperation.values()) {
            FailedAttempts.REASON_TAGS.forEach(reason -> retryCounter(operation, reason));
        }
    }

    /** Sends one request, retrying as the policy allows, within the budget and the concurrency limit. */
    Exchange exchange(ProviderOperation operation, String key, Supplier<HttpAnswer> request) {
        long start = ticker.nanos();
        long budgetNanos = properties.budget().toNanos();
        try {
            // a real wait: a semaphore knows no ticker; the ticker decides what is left of the budget after it
            if (!permits.tryAcquire(budgetNanos, TimeUnit.NANOSECONDS)) {
                return new Exchange.Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Exchange.GaveUp("interrupted while waiting for a permit", 0, e);
        }
        try {
            if (ticker.nanos() - start >= budgetNanos) {
                return new Exchange.Busy(); // the whole budget went on waiting for the permit
            }
            BudgetedRetries.Result<HttpAnswer> result = retries.run(() -> {
                HttpAnswer answer = request.get();
                if (answer.isRetryable()) {
                    throw new RetryableAnswer(answer, describe.apply(answer));
                }
                return answer;
            }, start, (failed, last) -> beforeRetry(operation, key, failed, last));
            return switch (result) {
                case BudgetedRetries.Result.Done<HttpAnswer> done -> new Exchange.Answered(done.value(), done.attempts());
                case BudgetedRetries.Result.Failed<HttpAnswer> failed -> gaveUp(failed);
            };
        } finally {
            permits.release();
        }
    }

    private Exchange gaveUp(BudgetedRetries.Result.Failed<HttpAnswer> failed) {
        int made = failed.attempts();
        RuntimeException last = failed.last();
        String reason = switch (failed.stop()) {
            case TIMEOUT -> "budget of " + properties.budget().toMillis() + " ms spent after " + made
                    + " attempt(s), last: " + FailedAttempts.describe(last);
            case INTERRUPTED -> "interrupted after " + made + " attempt(s)";
            case EXHAUSTED -> "no answer after " + made + " attempt(s), last: " + FailedAttempts.describe(last);
            case NOT_RETRYABLE -> "request failed: " + FailedAttempts.describe(last);
        };
        return new Exchange.GaveUp(reason, made, last);
    }

    /** One WARN and one counted retry per retry. */
    private void beforeRetry(ProviderOperation operation, String key, int failedAttempts, RuntimeException last) {
        retryCounter(operation, FailedAttempts.reasonTag(last)).increment();
        log.warn("Payment provider {} attempt {} of {} failed ({}); retrying with the same idempotency key {}",
                operation.tag, failedAttempts, properties.maxAttempts(), FailedAttempts.describe(last), key);
    }

    /** Registered for every operation and reason at start (at 0), found again on each retry. */
    private Counter retryCounter(ProviderOperation operation, String reason) {
        return Counter.builder(RETRIES)
                .description("Attempts repeated after a timeout, a connection failure, a 5xx or a 409")
                .tag("operation", operation.tag)
                .tag("reason", reason)
                .register(meters);
    }

    /** What one call came to: the provider's final answer, or why there was none. */
    sealed interface Exchange {

        int attempts();

        record Answered(HttpAnswer answer, int attempts) implements Exchange {
        }

        record GaveUp(String reason, int attempts, Throwable cause) implements Exchange {
        }

        /** No permit within the budget: nothing was sent. */
        record Busy() implements Exchange {
            @Override
            public int attempts() {
                return 0;
            }
        }
    }
}
