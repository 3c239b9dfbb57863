package dev.roster.enrollment.payment.adapter;

import dev.roster.enrollment.payment.adapter.ProviderMessages.ChargeBody;
import dev.roster.enrollment.payment.adapter.ProviderMessages.RefundBody;
import dev.roster.enrollment.payment.application.PaymentGateway;
import dev.roster.enrollment.payment.application.ProviderUnavailableException;
import dev.roster.enrollment.payment.domain.ChargeOutcome;
import dev.roster.enrollment.payment.domain.ChargeRequest;
import dev.roster.enrollment.payment.domain.ProviderCharge;
import dev.roster.enrollment.payment.domain.RefundOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payment provider over HTTP (a Stripe-like API: idempotency keys, JSON in snake_case, amounts in
 * minor units).
 *
 * <h2>Resilience</h2>
 * <ul>
 *   <li><b>Budget.</b> Each call has {@code roster.payment.budget} in total. Waiting for a permit, every
 *       attempt and every wait between attempts come out of it; no attempt starts when the wait before it
 *       would end past the budget. An attempt already running may overrun the budget by at most its read
 *       timeout.</li>
 *   <li><b>Bulkhead.</b> At most {@code max-concurrent-calls} calls are in flight; a call waits for a
 *       permit (a fair {@link Semaphore}) within its budget. Spring 7's {@code @ConcurrencyLimit} either
 *       blocks without a time limit or rejects at once, and needs a proxy; a call here must wait at most
 *       its budget, so a semaphore it is. A charge that gets no permit answers {@code Unknown("provider
 *       busy")}: nothing was sent, so reconciliation will find no charge under the key and resolve it;
 *       {@code findCharge} throws {@link ProviderUnavailableException}.</li>
 *   <li><b>Retries</b> by {@link BudgetedRetries}: a predicate (connection refused or reset, timeouts,
 *       HTTP 5xx and 409 are retried; 402 and every other 4xx are not), {@link JitteredBackOff}
 *       (exponential, equal jitter, injectable random, capped at {@code max-backoff}, at most
 *       {@code max-attempts}) and the deadline at the end of the budget, counted from the start of the call
 *       (the wait for a permit included): no retry starts when its wait would end past it. Time is read from
 *       an injected {@link Ticker} and waited through an injected {@link Sleeper} (the system ones in
 *       production), so tests check the budget and the backoff without the wall clock; Spring 7's
 *       {@code RetryTemplate} was used before, and reads the system clock and sleeps itself.
 *       Every attempt of one call sends the same {@code Idempotency-Key}, so the provider makes at most
 *       one charge or refund whatever the number of attempts.</li>
 * </ul>
 *
 * <h2>Answers</h2> (mapped by {@link ProviderAnswers})
 * {@code charge}: 2xx with status {@code succeeded} → {@code Succeeded(id)}; 2xx {@code failed} →
 * {@code Declined(id, failure_code)}; 402 → {@code Declined(error.charge, error.code)}; 400 of type
 * {@code invalid_request_error} → {@code Declined(error.charge, "invalid_request")}: our request was wrong, the
 * provider certainly charged nothing, and the purchase must not stay pending (logged at ERROR, a bug to fix);
 * any other 4xx, among them 400 {@code idempotency_error} (a charge under this key may exist) →
 * {@code Unknown} (ERROR); retries exhausted, budget spent, no permit, a malformed 2xx body or a charge
 * for another amount → {@code Unknown}. {@code charge} and {@code refund} never throw for provider
 * trouble. {@code refund}: 2xx {@code succeeded} or {@code pending} → {@code Refunded(id)}; 400
 * {@code charge_already_refunded} → {@code Refunded("already_refunded")}; everything else {@code Unknown}.
 *
 * <h2>Telemetry</h2>
 * Timer {@value #CALLS} tagged {@code operation} (charge, find_charge, refund) and {@code outcome}; counter
 * {@value #RETRIES} tagged {@code operation} and {@code reason}. One WARN per retry, one INFO per final
 * outcome. The card token, the API key and request bodies are never logged.
 */
final class HttpPaymentGateway implements PaymentGateway, AutoCloseable {

    static final String CALLS = "roster.payment.calls";
    static final String RETRIES = "roster.payment.retries";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String PROVIDER_BUSY = "provider busy";
    static final String ALREADY_REFUNDED = "already_refunded";

    private static final Logger log = LoggerFactory.getLogger(HttpPaymentGateway.class);

    private final PaymentProviderProperties properties;
    private final MeterRegistry meters;
    private final Ticker ticker;
    private final BudgetedRetries retries;
    private final Semaphore permits;
    private final HttpClient httpClient;
    private final RestClient http;
    private final JsonMapper json;
    private final ProviderAnswers answers;

    HttpPaymentGateway(PaymentProviderProperties properties, MeterRegistry meters, RandomGenerator random,
                       Ticker ticker, Sleeper sleeper) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.meters = Objects.requireNonNull(meters, "meters");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.retries = new BudgetedRetries(new JitteredBackOff(properties.initialBackoff(), properties.maxBackoff(),
                properties.maxAttempts(), random), HttpPaymentGateway::isRetryable, ticker, sleeper);
        this.permits = new Semaphore(properties.maxConcurrentCalls(), true);
        this.httpClient = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(httpClient);
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder()
                .requestFactory(requests)
                .baseUrl(properties.baseUrl().toString())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.apiKey())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
        this.json = providerJson();
        this.answers = new ProviderAnswers(json);
    }

    /**
     * The adapter's own mapper: the provider's wire format (snake_case, new fields welcome) is not the
     * application's (which rejects unknown properties on purpose).
     */
    static JsonMapper providerJson() {
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    @Override
    public ChargeOutcome charge(ChargeRequest request) {
        Timer.Sample sample = Timer.start(meters);
        String key = request.idempotencyKey();
        ChargeOutcome outcome;
        int attempts = 0;
        try {
            byte[] body = json.writeValueAsBytes(new ChargeBody(request.amount().amountMinor(),
                    request.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT),
                    request.paymentToken(), request.description()));
            Exchange exchange = exchange(Operation.CHARGE, key, () -> http.post()
                    .uri("/v1/charges")
                    .header(IDEMPOTENCY_KEY, key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange((req, res) -> Answer.read(res)));
            attempts = exchange.attempts();
            outcome = switch (exchange) {
                case Exchange.Busy busy -> new ChargeOutcome.Unknown(PROVIDER_BUSY);
                case Exchange.GaveUp gaveUp -> new ChargeOutcome.Unknown(gaveUp.reason());
                case Exchange.Answered answered -> answers.chargeOutcome(answered.answer(), request);
            };
        } catch (RuntimeException e) {
            log.error("Payment provider charge for key {} failed unexpectedly; answering Unknown", key, e);
            outcome = new ChargeOutcome.Unknown("unexpected failure: " + e.getClass().getSimpleName());
        }
        String tag = switch (outcome) {
            case ChargeOutcome.Succeeded s -> "succeeded";
            case ChargeOutcome.Declined d -> "declined";
            case ChargeOutcome.Unknown u when PROVIDER_BUSY.equals(u.reason()) -> "busy";
            case ChargeOutcome.Unknown u -> "unknown";
        };
        finish(sample, Operation.CHARGE, tag, key, outcome, attempts);
        return outcome;
    }

    @Override
    public Optional<ProviderCharge> findCharge(String idempotencyKey) {
        Timer.Sample sample = Timer.start(meters);
        Exchange exchange;
        try {
            exchange = exchange(Operation.FIND_CHARGE, idempotencyKey, () -> http.get()
                    .uri(uri -> uri.path("/v1/charges").queryParam("idempotency_key", "{key}").build(idempotencyKey))
                    .exchange((req, res) -> Answer.read(res)));
        } catch (RuntimeException e) {
            finish(sample, Operation.FIND_CHARGE, "unavailable", idempotencyKey, e.toString(), 0);
            throw new ProviderUnavailableException("asking the payment provider failed unexpectedly", e);
        }
        try {
            Optional<ProviderCharge> found = switch (exchange) {
                case Exchange.Busy busy -> throw new ProviderUnavailableException(PROVIDER_BUSY, null);
                case Exchange.GaveUp gaveUp -> throw new ProviderUnavailableException(gaveUp.reason(), gaveUp.cause());
                case Exchange.Answered answered -> answers.foundCharge(answered.answer(), idempotencyKey);
            };
            finish(sample, Operation.FIND_CHARGE, found.isPresent() ? "found" : "not_found", idempotencyKey,
                    found.map(Object::toString).orElse("no charge"), exchange.attempts());
            return found;
        } catch (ProviderUnavailableException e) {
            finish(sample, Operation.FIND_CHARGE, exchange instanceof Exchange.Busy ? "busy" : "unavailable",
                    idempotencyKey, "unavailable: " + e.getMessage(), exchange.attempts());
            throw e;
        }
    }

    @Override
    public RefundOutcome refund(String chargeId, String idempotencyKey) {
        Timer.Sample sample = Timer.start(meters);
        RefundOutcome outcome;
        int attempts = 0;
        try {
            byte[] body = json.writeValueAsBytes(new RefundBody(chargeId));
            Exchange exchange = exchange(Operation.REFUND, idempotencyKey, () -> http.post()
                    .uri("/v1/refunds")
                    .header(IDEMPOTENCY_KEY, idempotencyKey)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange((req, res) -> Answer.read(res)));
            attempts = exchange.attempts();
            outcome = switch (exchange) {
                case Exchange.Busy busy -> new RefundOutcome.Unknown(PROVIDER_BUSY);
                case Exchange.GaveUp gaveUp -> new RefundOutcome.Unknown(gaveUp.reason());
                case Exchange.Answered answered -> answers.refundOutcome(answered.answer(), chargeId, idempotencyKey);
            };
        } catch (RuntimeException e) {
            log.error("Payment provider refund of {} for key {} failed unexpectedly; answering Unknown", chargeId,
                    idempotencyKey, e);
            outcome = new RefundOutcome.Unknown("unexpected failure: " + e.getClass().getSimpleName());
        }
        String tag = switch (outcome) {
            case RefundOutcome.Refunded r -> "refunded";
            case RefundOutcome.Unknown u when PROVIDER_BUSY.equals(u.reason()) -> "busy";
            case RefundOutcome.Unknown u -> "unknown";
        };
        finish(sample, Operation.REFUND, tag, idempotencyKey, outcome, attempts);
        return outcome;
    }

    @Override
    public void close() {
        httpClient.close();
    }

    // --- the call: permit, retries, budget ---------------------------------------------------------

    /** Sends one request, retrying as the backoff allows, within the budget and the concurrency limit. */
    private Exchange exchange(Operation operation, String key, Supplier<Answer> request) {
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
            BudgetedRetries.Result<Answer> result = retries.run(() -> {
                Answer answer = request.get();
                if (answer.isRetryable()) {
                    throw new RetryableAnswer(answer, answers.describe(answer));
                }
                return answer;
            }, start + budgetNanos, (failed, last) -> beforeRetry(operation, key, failed, last));
            return switch (result) {
                case BudgetedRetries.Result.Done<Answer> done -> new Exchange.Answered(done.value(), done.attempts());
                case BudgetedRetries.Result.Failed<Answer> failed -> gaveUp(failed);
            };
        } finally {
            permits.release();
        }
    }

    private Exchange gaveUp(BudgetedRetries.Result.Failed<Answer> failed) {
        int made = failed.attempts();
        RuntimeException last = failed.last();
        String reason = switch (failed.stop()) {
            case TIMEOUT -> "budget of " + properties.budget().toMillis() + " ms spent after " + made
                    + " attempt(s), last: " + describe(last);
            case INTERRUPTED -> "interrupted after " + made + " attempt(s)";
            case EXHAUSTED -> "no answer after " + made + " attempt(s), last: " + describe(last);
            case NOT_RETRYABLE -> "request failed: " + describe(last);
        };
        return new Exchange.GaveUp(reason, made, last);
    }

    /** One WARN and one counted retry per retry. */
    private void beforeRetry(Operation operation, String key, int failedAttempts, RuntimeException last) {
        Counter.builder(RETRIES)
                .description("Attempts repeated after a timeout, a connection failure, a 5xx or a 409")
                .tag("operation", operation.tag)
                .tag("reason", reasonTag(last))
                .register(meters)
                .increment();
        log.warn("Payment provider {} attempt {} of {} failed ({}); retrying with the same idempotency key {}",
                operation.tag, failedAttempts, properties.maxAttempts(), describe(last), key);
    }

    static boolean isRetryable(Throwable failure) {
        return failure instanceof RetryableAnswer || failure instanceof ResourceAccessException;
    }

    /** A short, secret-free reason for a failed attempt. */
    static String describe(Throwable failure) {
        if (failure instanceof RetryableAnswer answer) {
            return answer.description;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException) {
                return "connect timeout";
            }
            if (cause instanceof HttpTimeoutException) {
                return "read timeout";
            }
            if (cause instanceof ConnectException) {
                return "connection refused";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "I/O error: " + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }

    /** A low-cardinality tag for the retry counter. */
    static String reasonTag(Throwable failure) {
        if (failure instanceof RetryableAnswer answer) {
            return answer.answer.status() == 409 ? "conflict" : "server_error";
        }
        String described = describe(failure);
        return switch (described) {
            case "connect timeout", "read timeout" -> "timeout";
            case "connection refused" -> "connection_refused";
            default -> "io_error";
        };
    }

    private void finish(Timer.Sample sample, Operation operation, String outcomeTag, String key, Object outcome,
                        int attempts) {
        long nanos = sample.stop(Timer.builder(CALLS)
                .description("Calls to the payment provider, retries and waiting for a permit included")
                .tag("operation", operation.tag)
                .tag("outcome", outcomeTag)
                .register(meters));
        log.info("Payment provider {} for key {}: {} after {} attempt(s) in {} ms", operation.tag, key, outcome,
                attempts, TimeUnit.NANOSECONDS.toMillis(nanos));
    }

    // --- small types ---------------------------------------------------------------------------------

    private enum Operation {
        CHARGE("charge"), FIND_CHARGE("find_charge"), REFUND("refund");

        private final String tag;

        Operation(String tag) {
            this.tag = tag;
        }
    }

    /** What one call came to: the provider's final answer, or why there was none. */
    private sealed interface Exchange {

        int attempts();

        record Answered(Answer answer, int attempts) implements Exchange {
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

    /** One HTTP answer, read whole (the provider's bodies are small). */
    record Answer(int status, byte[] body) {

        static Answer read(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response)
                throws java.io.IOException {
            return new Answer(response.getStatusCode().value(), response.getBody().readAllBytes());
        }

        boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        /** 5xx: the provider's trouble; 409: a request with this key is still running there. */
        boolean isRetryable() {
            return status >= 500 || status == 409;
        }
    }

    /** A retryable HTTP answer, thrown so that the retry template tries again. */
    static final class RetryableAnswer extends RuntimeException {

        private final transient Answer answer;

        private final String description;

        RetryableAnswer(Answer answer, String description) {
            super(description, null, false, false);
            this.answer = answer;
            this.description = description;
        }
    }
}
