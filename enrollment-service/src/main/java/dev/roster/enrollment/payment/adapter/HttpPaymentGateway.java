package dev.roster.enrollment.payment.adapter;

import dev.roster.defaults.http.JsonHttpClient;
import dev.roster.enrollment.payment.adapter.ProviderMessages.ChargeBody;
import dev.roster.enrollment.payment.adapter.ProviderMessages.RefundBody;
import dev.roster.enrollment.payment.adapter.ResilientCall.Exchange;
import dev.roster.enrollment.payment.application.PaymentGateway;
import dev.roster.enrollment.payment.application.ProviderUnavailableException;
import dev.roster.enrollment.payment.domain.ChargeOutcome;
import dev.roster.enrollment.payment.domain.ChargeRequest;
import dev.roster.enrollment.payment.domain.ProviderCharge;
import dev.roster.enrollment.payment.domain.RefundOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payment provider over HTTP (a Stripe-like API: idempotency keys, JSON in snake_case, amounts in minor
 * units). Every operation is one {@link ResilientCall} (bulkhead, retries, time budget); every attempt of a
 * call sends the same {@code Idempotency-Key}, so the provider makes at most one charge or refund whatever
 * the number of attempts. The HTTP client comes from Spring Boot's builder ({@link JsonHttpClient}).
 *
 * <h2>Answers</h2> The rules are {@link ProviderAnswers}'; a call that gets no answer (retries exhausted, budget
 * spent, no permit: {@value #PROVIDER_BUSY}) is {@code Unknown}. {@code charge} and {@code refund} never throw
 * for provider trouble; {@code findCharge} throws {@link ProviderUnavailableException}.
 *
 * <h2>Telemetry</h2>
 * Timer {@value #CALLS} tagged {@code operation} (charge, find_charge, refund) and {@code outcome}
 * ({@link ProviderOperation}); counter {@value ResilientCall#RETRIES} tagged {@code operation} and {@code reason};
 * every combination registered at start, at 0; {@code http.client.requests} per attempt. One WARN per retry, one INFO per final outcome. The card token, the API key and request bodies are
 * never logged.
 */
final class HttpPaymentGateway implements PaymentGateway, AutoCloseable {

    static final String CALLS = "roster.payment.calls";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String PROVIDER_BUSY = "provider busy";
    static final String ALREADY_REFUNDED = "already_refunded";

    private static final Logger log = LoggerFactory.getLogger(HttpPaymentGateway.class);

    private final MeterRegistry meters;
    private final JsonHttpClient client;
    private final JsonMapper json = providerJson();
    private final ProviderAnswers answers = new ProviderAnswers(json);
    private final ResilientCall call;

    /** @param restClients Spring Boot's auto-configured builder (cloned, not changed) */
    HttpPaymentGateway(PaymentProviderProperties properties, RestClient.Builder restClients, MeterRegistry meters,
                       RandomGenerator random, Ticker ticker, Sleeper sleeper) {
        this.meters = Objects.requireNonNull(meters, "meters");
        this.client = JsonHttpClient.create(restClients, properties.baseUrl(), properties.apiKey(),
                properties.connectTimeout(), properties.readTimeout());
        this.call = new ResilientCall(properties, meters, random, ticker, sleeper, answers::describe);
        // every operation and outcome at start, at 0: a dashboard has its series before the first call
        for (ProviderOperation operation : ProviderOperation.values()) {
            for (String outcome : operation.outcomes) {
                callTimer(operation, outcome);
            }
        }
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
        ChargeBody body = new ChargeBody(request.amount().amountMinor(),
                request.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT), request.paymentToken(),
                request.description());
        return post(ProviderOperation.CHARGE, "/v1/charges", request.idempotencyKey(), body,
                answer -> answers.chargeOutcome(answer, request), ChargeOutcome.Unknown::new, outcome -> switch (outcome) {
                    case ChargeOutcome.Succeeded s -> "succeeded";
                    case ChargeOutcome.Declined d -> "declined";
                    case ChargeOutcome.Unknown u -> PROVIDER_BUSY.equals(u.reason()) ? "busy" : "unknown";
                });
    }

    @Override
    public RefundOutcome refund(String chargeId, String idempotencyKey) {
        return post(ProviderOperation.REFUND, "/v1/refunds", idempotencyKey, new RefundBody(chargeId),
                answer -> answers.refundOutcome(answer, chargeId, idempotencyKey), RefundOutcome.Unknown::new,
                outcome -> switch (outcome) {
                    case RefundOutcome.Refunded r -> "refunded";
                    case RefundOutcome.Unknown u -> PROVIDER_BUSY.equals(u.reason()) ? "busy" : "unknown";
                });
    }

    /** A charge or a refund: one call that never throws; what the provider said, or {@code unknown(reason)}. */
    private <T> T post(ProviderOperation operation, String path, String key, Object body, Function<HttpAnswer, T> answered,
                       Function<String, T> unknown, Function<T, String> outcomeTag) {
        Timer.Sample sample = Timer.start(meters);
        T outcome;
        int attempts = 0;
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            Exchange exchange = call.exchange(operation, key, () -> client.rest().post()
                    .uri(path)
                    .header(IDEMPOTENCY_KEY, key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(bytes)
                    .exchange((req, res) -> HttpAnswer.read(res)));
            attempts = exchange.attempts();
            outcome = switch (exchange) {
                case Exchange.Busy busy -> unknown.apply(PROVIDER_BUSY);
                case Exchange.GaveUp gaveUp -> unknown.apply(gaveUp.reason());
                case Exchange.Answered done -> answered.apply(done.answer());
            };
        } catch (RuntimeException e) {
            log.error("Payment provider {} for key {} failed unexpectedly; answering Unknown", operation.tag, key, e);
            outcome = unknown.apply("unexpected failure: " + e.getClass().getSimpleName());
        }
        finish(sample, operation, outcomeTag.apply(outcome), key, outcome, attempts);
        return outcome;
    }

    @Override
    public Optional<ProviderCharge> findCharge(String idempotencyKey) {
        Timer.Sample sample = Timer.start(meters);
        Exchange exchange;
        try {
            exchange = call.exchange(ProviderOperation.FIND_CHARGE, idempotencyKey, () -> client.rest().get()
                    .uri(uri -> uri.path("/v1/charges").queryParam("idempotency_key", "{key}").build(idempotencyKey))
                    .exchange((req, res) -> HttpAnswer.read(res)));
        } catch (RuntimeException e) {
            finish(sample, ProviderOperation.FIND_CHARGE, "unavailable", idempotencyKey, e.toString(), 0);
            throw new ProviderUnavailableException("asking the payment provider failed unexpectedly", e);
        }
        try {
            Optional<ProviderCharge> found = switch (exchange) {
                case Exchange.Busy busy -> throw new ProviderUnavailableException(PROVIDER_BUSY, null);
                case Exchange.GaveUp gaveUp -> throw new ProviderUnavailableException(gaveUp.reason(), gaveUp.cause());
                case Exchange.Answered done -> answers.foundCharge(done.answer(), idempotencyKey);
            };
            finish(sample, ProviderOperation.FIND_CHARGE, found.isPresent() ? "found" : "not_found", idempotencyKey,
                    found.map(Object::toString).orElse("no charge"), exchange.attempts());
            return found;
        } catch (ProviderUnavailableException e) {
            finish(sample, ProviderOperation.FIND_CHARGE, exchange instanceof Exchange.Busy ? "busy" : "unavailable",
                    idempotencyKey, "unavailable: " + e.getMessage(), exchange.attempts());
            throw e;
        }
    }

    private Timer callTimer(ProviderOperation operation, String outcomeTag) {
        return Timer.builder(CALLS)
                .description("Calls to the payment provider, retries and waiting for a permit included")
                .tag("operation", operation.tag)
                .tag("outcome", outcomeTag)
                .register(meters);
    }

    @Override
    public void close() {
        client.close();
    }

    private void finish(Timer.Sample sample, ProviderOperation operation, String outcomeTag, String key, Object outcome,
                        int attempts) {
        long nanos = sample.stop(callTimer(operation, outcomeTag));
        log.info("Payment provider {} for key {}: {} after {} attempt(s) in {} ms", operation.tag, key, outcome,
                attempts, TimeUnit.NANOSECONDS.toMillis(nanos));
    }
}
