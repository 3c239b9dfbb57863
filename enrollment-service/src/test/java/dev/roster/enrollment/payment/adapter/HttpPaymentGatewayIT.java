package dev.roster.enrollment.payment.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.roster.enrollment.payment.application.ProviderUnavailableException;
import dev.roster.enrollment.payment.domain.ChargeOutcome;
import dev.roster.enrollment.payment.domain.ChargeRequest;
import dev.roster.enrollment.payment.domain.ProviderCharge;
import dev.roster.enrollment.payment.domain.RefundOutcome;
import dev.roster.enrollment.shared.Money;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The provider adapter against a WireMock stand-in of the provider's HTTP API: outcomes, retries with one
 * idempotency key, the time budget and the concurrency limit. No Spring context.
 */
class HttpPaymentGatewayIT {

    private static final String API_KEY = "sk_test_it_secret";
    private static final String CARD_TOKEN = "tok_visa_it_secret";
    private static final Money PRICE = Money.of(49000, "EUR");
    private static final HoldUntilReleased HOLD = new HoldUntilReleased();

    private static WireMockServer provider;

    private final List<HttpPaymentGateway> gateways = new ArrayList<>();
    private SimpleMeterRegistry meters;

    @BeforeAll
    static void startProvider() {
        provider = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(HOLD));
        provider.start();
        warmUp();
    }

    /**
     * One unhurried round trip before the tests, so that class loading in a cold JVM cannot make a test's
     * first attempt time out and add a retry the test did not ask for.
     */
    private static void warmUp() {
        provider.stubFor(post("/v1/charges").willReturn(okJson(charge("ch_warm_up", "succeeded"))));
        try (HttpPaymentGateway gateway = new HttpPaymentGateway(
                new PaymentProviderSettings(URI.create(provider.baseUrl())).readTimeout(10_000).budget(20_000).properties(),
                new SimpleMeterRegistry(), new Random(1))) {
            assertThat(gateway.charge(chargeRequest(newKey()))).isEqualTo(new ChargeOutcome.Succeeded("ch_warm_up"));
        }
    }

    @AfterAll
    static void stopProvider() {
        provider.stop();
    }

    @BeforeEach
    void freshProviderAndMeters() {
        provider.resetAll();
        HOLD.reset();
        meters = new SimpleMeterRegistry();
    }

    @AfterEach
    void closeGateways() {
        HOLD.releaseAll();
        gateways.forEach(HttpPaymentGateway::close);
    }

    // --- charge -------------------------------------------------------------------------------------

    @Test
    @Guards(Risk.RETRY_DOUBLE_CHARGE)
    void chargesWithIdempotencyKeyApiKeyMinorUnitsAndLowercaseCurrency() {
        provider.stubFor(post("/v1/charges").willReturn(okJson(charge("ch_ok", "succeeded"))));
        String key = newKey();

        ChargeOutcome outcome = gateway(settings()).charge(chargeRequest(key));

        assertThat(outcome).isEqualTo(new ChargeOutcome.Succeeded("ch_ok"));
        provider.verify(1, postRequestedFor(urlEqualTo("/v1/charges"))
                .withHeader("Idempotency-Key", equalTo(key))
                .withHeader("Authorization", equalTo("Bearer " + API_KEY))
                .withRequestBody(equalToJson("""
                        {"amount": 49000, "currency": "eur", "source": "%s", "description": "Course: Testing"}
                        """.formatted(CARD_TOKEN))));
        assertThat(meters.get(HttpPaymentGateway.CALLS).tag("operation", "charge").tag("outcome", "succeeded")
                .timer().count()).isEqualTo(1);
    }

    @Test
    @Guards(Risk.RETRY_DOUBLE_CHARGE)
    void retriesServerErrorWithTheSameIdempotencyKey() {
        stubFirstThenSecond("/v1/charges", providerError(500, "api_error", null), okJson(charge("ch_after_500", "succeeded")));
        String key = newKey();

        ChargeOutcome outcome = gateway(settings()).charge(chargeRequest(key));

        assertThat(outcome).isEqualTo(new ChargeOutcome.Succeeded("ch_after_500"));
        assertThat(idempotencyKeysOf(postRequestedFor(urlEqualTo("/v1/charges")))).containsExactly(key, key);
        assertThat(meters.get(HttpPaymentGateway.RETRIES).tag("operation", "charge").tag("reason", "server_error")
                .counter().count()).isEqualTo(1);
    }

    @Test
    @Guards(Risk.RETRY_DOUBLE_CHARGE)
    void retriesConnectionResetWithTheSameIdempotencyKey() {
        stubFirstThenSecond("/v1/charges", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                okJson(charge("ch_after_reset", "succeeded")));
        String key = newKey();

        ChargeOutcome outcome = gateway(settings()).charge(chargeRequest(key));

        assertThat(outcome).isEqualTo(new ChargeOutcome.Succeeded("ch_after_reset"));
        assertThat(idempotencyKeysOf(postRequestedFor(urlEqualTo("/v1/charges")))).containsExactly(key, key);
    }

    @Test
    @Guards(Risk.RETRY_DOUBLE_CHARGE)
    void retriesWhileTheProviderStillRunsARequestWithTheSameKey() {
        stubFirstThenSecond("/v1/charges", providerError(409, "idempotency_error", "request_in_progress"),
                okJson(charge("ch_after_409", "succeeded")));
        String key = newKey();

        ChargeOutcome outcome = gateway(settings()).charge(chargeRequest(key));

        assertThat(outcome).isEqualTo(new ChargeOutcome.Succeeded("ch_after_409"));
        assertThat(idempotencyKeysOf(postRequestedFor(urlEqualTo("/v1/charges")))).containsExactly(key, key);
    }

    @Test
    @Guards({Risk.PAYMENT_TIMEOUT_AMBIGUOUS, Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY, Risk.RETRY_DOUBLE_CHARGE})
    void answersUnknownWithinTheBudgetWhenEveryAttemptTimesOut() {
        provider.stubFor(post("/v1/charges").willReturn(okJson(charge("ch_late", "succeeded")).withFixedDelay(1_000)));
        Duration budget = Duration.ofMillis(2_000);
        String key = newKey();

        long start = System.nanoTime();
        ChargeOutcome outcome = gateway(settings().readTimeout(200).budget(budget.toMillis())).charge(chargeRequest(key));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(outcome).isInstanceOfSatisfying(ChargeOutcome.Unknown.class,
                unknown -> assertThat(unknown.reason()).contains("read timeout"));
        assertThat(took).isLessThan(budget.plusSeconds(1));
        RequestPatternBuilder charges = postRequestedFor(urlEqualTo("/v1/charges"));
        await().atMost(Duration.ofSeconds(2)).untilAsserted(
                () -> assertThat(provider.findAll(charges)).hasSize(4));
        assertThat(idempotencyKeysOf(charges)).containsOnly(key);
    }

    @Test
    void doesNotRetryADecline() {
        provider.stubFor(post("/v1/charges").willReturn(
                providerError(402, "card_error", "card_declined").withBody("""
                        {"error": {"type": "card_error", "code": "card_declined",
                                   "message": "Your card was declined.", "charge": "ch_declined"}}
                        """)));

        ChargeOutcome outcome = gateway(settings()).charge(chargeRequest(newKey()));

        assertThat(outcome).isEqualTo(new ChargeOutcome.Declined("ch_declined", "card_declined"));
        provider.verify(1, postRequestedFor(urlEqualTo("/v1/charges")));
    }

    @Test
    @Guards(Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY)
    void answersUnknownForAMalformedSuccessBody() {
        provider.stubFor(post("/v1/charges").willReturn(okJson("{\"id\": ")));

        ChargeOutcome outcome = gateway(settings()).charge(chargeRequest(newKey()));

        assertThat(outcome).isInstanceOfSatisfying(ChargeOutcome.Unknown.class,
                unknown -> assertThat(unknown.reason()).contains("malformed"));
        provider.verify(1, postRequestedFor(urlEqualTo("/v1/charges")));
    }

    @Test
    void declinesARequestTheProviderFindsInvalidWithoutRetrying() {
        provider.stubFor(post("/v1/charges").willReturn(providerError(400, "invalid_request_error", "parameter_missing")));

        ChargeOutcome outcome = gateway(settings()).charge(chargeRequest(newKey()));

        assertThat(outcome).isEqualTo(new ChargeOutcome.Declined(null, "invalid_request"));
        provider.verify(1, postRequestedFor(urlEqualTo("/v1/charges")));
    }

    @Test
    @Guards(Risk.RETRY_DOUBLE_CHARGE)
    void answersUnknownWhenTheProviderRejectsTheIdempotencyKey() {
        provider.stubFor(post("/v1/charges").willReturn(providerError(400, "idempotency_error", "key_reused")));

        ChargeOutcome outcome = gateway(settings()).charge(chargeRequest(newKey()));

        assertThat(outcome).isInstanceOfSatisfying(ChargeOutcome.Unknown.class,
                unknown -> assertThat(unknown.reason()).contains("idempotency_error"));
        provider.verify(1, postRequestedFor(urlEqualTo("/v1/charges")));
    }

    @Test
    @Guards(Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY)
    void stopsRetryingWhenTheBudgetIsSpentBeforeMaxAttempts() {
        provider.stubFor(post("/v1/charges").willReturn(providerError(500, "api_error", null)));
        // every wait is exactly 400 ms: attempt 1 at ~0, attempt 2 at ~400; a third would start at ~800, past 700
        PaymentProviderSettings settings = settings().maxAttempts(10).backoff(400, 400).budget(700).random(HIGHEST);

        long start = System.nanoTime();
        ChargeOutcome outcome = gateway(settings).charge(chargeRequest(newKey()));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(outcome).isInstanceOfSatisfying(ChargeOutcome.Unknown.class,
                unknown -> assertThat(unknown.reason()).contains("budget"));
        provider.verify(2, postRequestedFor(urlEqualTo("/v1/charges")));
        assertThat(took).isLessThan(Duration.ofMillis(700).plusSeconds(1));
    }

    @Test
    @Guards(Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY)
    void limitsCallsInFlightAndAnswersTheRestProviderBusy() throws Exception {
        provider.stubFor(post("/v1/charges").willReturn(okJson(charge("ch_slow", "succeeded"))
                .withTransformers(HoldUntilReleased.NAME)));
        // the provider holds every request until released; a generous read timeout keeps the held ones waiting
        HttpPaymentGateway gateway = gateway(settings().maxConcurrentCalls(2).readTimeout(10_000).budget(500));
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            CompletionService<Timed> calls = new ExecutorCompletionService<>(executor);
            CountDownLatch go = new CountDownLatch(1);
            for (int i = 0; i < 4; i++) {
                calls.submit(() -> {
                    go.await();
                    long start = System.nanoTime();
                    ChargeOutcome outcome = gateway.charge(chargeRequest(newKey()));
                    return new Timed(outcome, Duration.ofNanos(System.nanoTime() - start));
                });
            }
            go.countDown();

            // while the provider holds two calls, the other two answer on their own
            List<Timed> first = List.of(take(calls), take(calls));
            assertThat(first).allSatisfy(call -> {
                assertThat(call.outcome()).isEqualTo(new ChargeOutcome.Unknown(HttpPaymentGateway.PROVIDER_BUSY));
                assertThat(call.took()).isLessThan(Duration.ofMillis(500).plusSeconds(1));
            });
            await().atMost(Duration.ofSeconds(5)).until(() -> HOLD.held() == 2);
            assertThat(HOLD.mostHeldAtOnce()).isEqualTo(2);

            HOLD.releaseAll();
            List<Timed> rest = List.of(take(calls), take(calls));
            assertThat(rest).allSatisfy(call ->
                    assertThat(call.outcome()).isEqualTo(new ChargeOutcome.Succeeded("ch_slow")));
            provider.verify(2, postRequestedFor(urlEqualTo("/v1/charges")));
            assertThat(HOLD.mostHeldAtOnce()).isEqualTo(2);
            assertThat(meters.get(HttpPaymentGateway.CALLS).tag("outcome", "busy").timer().count()).isEqualTo(2);
        } finally {
            HOLD.releaseAll();
            executor.shutdownNow();
        }
    }

    @Test
    @Guards(Risk.SECRET_IN_LOGS)
    void logsOneWarningPerRetryAndNeverTheCardTokenOrApiKey() {
        stubFirstThenSecond("/v1/charges", providerError(503, "api_error", null), okJson(charge("ch_logged", "succeeded")));
        String key = newKey();
        ch.qos.logback.classic.Logger logger =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(HttpPaymentGateway.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        try {
            gateway(settings()).charge(chargeRequest(key));
        } finally {
            logger.detachAppender(logs);
        }

        assertThat(logs.list).filteredOn(event -> event.getLevel() == Level.WARN).singleElement()
                .satisfies(warning -> assertThat(warning.getFormattedMessage()).contains("attempt 1", key, "HTTP 503"));
        assertThat(logs.list).filteredOn(event -> event.getLevel() == Level.INFO).singleElement()
                .satisfies(info -> assertThat(info.getFormattedMessage()).contains("ch_logged", key));
        assertThat(logs.list).allSatisfy(event -> assertThat(event.getFormattedMessage())
                .doesNotContain(CARD_TOKEN).doesNotContain(API_KEY));
    }

    // --- findCharge ---------------------------------------------------------------------------------

    @Test
    @Guards(Risk.PAYMENT_TIMEOUT_AMBIGUOUS)
    void findsASucceededChargeByItsIdempotencyKey() {
        String key = newKey();
        stubChargeList(key, "[" + charge("ch_found", "succeeded", key) + "]");

        Optional<ProviderCharge> found = gateway(settings()).findCharge(key);

        assertThat(found).contains(new ProviderCharge("ch_found", key, ProviderCharge.Status.SUCCEEDED, PRICE, false));
        provider.verify(1, getRequestedFor(urlPathEqualTo("/v1/charges"))
                .withQueryParam("idempotency_key", equalTo(key))
                .withHeader("Authorization", equalTo("Bearer " + API_KEY)));
    }

    @Test
    @Guards(Risk.PAYMENT_TIMEOUT_AMBIGUOUS)
    void findsAFailedCharge() {
        String key = newKey();
        stubChargeList(key, "[" + charge("ch_failed", "failed", key) + "]");

        Optional<ProviderCharge> found = gateway(settings()).findCharge(key);

        assertThat(found).contains(new ProviderCharge("ch_failed", key, ProviderCharge.Status.FAILED, PRICE, false));
    }

    @Test
    @Guards(Risk.PAYMENT_TIMEOUT_AMBIGUOUS)
    void findsNothingWhenNoChargeHasTheKey() {
        String key = newKey();
        stubChargeList(key, "[]");

        assertThat(gateway(settings()).findCharge(key)).isEmpty();
    }

    @Test
    @Guards({Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY, Risk.PAYMENT_TIMEOUT_AMBIGUOUS})
    void throwsProviderUnavailableWhenTheProviderCannotBeReached() throws IOException {
        HttpPaymentGateway gateway = gateway(settings().baseUrl(URI.create("http://127.0.0.1:" + closedPort())));

        assertThatThrownBy(() -> gateway.findCharge(newKey()))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("4 attempt(s)");
    }

    // --- refund -------------------------------------------------------------------------------------

    @Test
    @Guards(Risk.RETRY_DOUBLE_CHARGE)
    void refundsAChargeWithTheIdempotencyKey() {
        provider.stubFor(post("/v1/refunds").willReturn(okJson("""
                {"id": "re_1", "object": "refund", "charge": "ch_1", "amount": 49000, "status": "succeeded"}
                """)));
        String key = newKey();

        RefundOutcome outcome = gateway(settings()).refund("ch_1", key);

        assertThat(outcome).isEqualTo(new RefundOutcome.Refunded("re_1"));
        provider.verify(1, postRequestedFor(urlEqualTo("/v1/refunds"))
                .withHeader("Idempotency-Key", equalTo(key))
                .withHeader("Authorization", equalTo("Bearer " + API_KEY))
                .withRequestBody(equalToJson("{\"charge\": \"ch_1\"}")));
    }

    @Test
    void treatsAnAlreadyRefundedChargeAsRefunded() {
        provider.stubFor(post("/v1/refunds").willReturn(
                providerError(400, "invalid_request_error", "charge_already_refunded")));

        RefundOutcome outcome = gateway(settings()).refund("ch_1", newKey());

        assertThat(outcome).isEqualTo(new RefundOutcome.Refunded(HttpPaymentGateway.ALREADY_REFUNDED));
        provider.verify(1, postRequestedFor(urlEqualTo("/v1/refunds")));
    }

    @Test
    @Guards({Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY, Risk.RETRY_DOUBLE_CHARGE})
    void answersRefundUnknownWhenServerErrorsOutlastTheRetries() {
        provider.stubFor(post("/v1/refunds").willReturn(providerError(500, "api_error", null)));
        String key = newKey();

        RefundOutcome outcome = gateway(settings()).refund("ch_1", key);

        assertThat(outcome).isInstanceOfSatisfying(RefundOutcome.Unknown.class,
                unknown -> assertThat(unknown.reason()).contains("4 attempt(s)", "HTTP 500"));
        assertThat(idempotencyKeysOf(postRequestedFor(urlEqualTo("/v1/refunds")))).containsExactly(key, key, key, key);
    }

    // --- fixtures -----------------------------------------------------------------------------------

    private HttpPaymentGateway gateway(PaymentProviderSettings settings) {
        HttpPaymentGateway gateway = new HttpPaymentGateway(settings.properties(), meters, settings.random);
        gateways.add(gateway);
        return gateway;
    }

    /**
     * Short waits between attempts (10 to 50 ms, seeded jitter), so the whole class runs in seconds; timeouts
     * generous enough that a busy machine adds no retries, except where a test shortens them on purpose.
     */
    private static PaymentProviderSettings settings() {
        return new PaymentProviderSettings(URI.create(provider.baseUrl()));
    }

    private static ChargeRequest chargeRequest(String key) {
        return new ChargeRequest(key, PRICE, CARD_TOKEN, "Course: Testing");
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private static String charge(String id, String status) {
        return charge(id, status, "any-key");
    }

    private static String charge(String id, String status, String key) {
        return """
                {"id": "%s", "object": "charge", "amount": 49000, "currency": "eur", "status": "%s",
                 "paid": %s, "refunded": false, "failure_code": %s, "idempotency_key": "%s", "created": 1790000000,
                 "livemode": false}
                """.formatted(id, status, "succeeded".equals(status), "failed".equals(status) ? "\"card_declined\"" : "null", key);
    }

    private static ResponseDefinitionBuilder providerError(int status, String type, String code) {
        String error = code == null
                ? "{\"error\": {\"type\": \"%s\"}}".formatted(type)
                : "{\"error\": {\"type\": \"%s\", \"code\": \"%s\"}}".formatted(type, code);
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(error);
    }

    private static void stubFirstThenSecond(String path, ResponseDefinitionBuilder first, ResponseDefinitionBuilder second) {
        provider.stubFor(post(path).inScenario("first then second").whenScenarioStateIs(STARTED)
                .willReturn(first).willSetStateTo("second"));
        provider.stubFor(post(path).inScenario("first then second").whenScenarioStateIs("second")
                .willReturn(second));
    }

    private static void stubChargeList(String key, String data) {
        provider.stubFor(get(urlPathEqualTo("/v1/charges"))
                .withQueryParam("idempotency_key", equalTo(key))
                .willReturn(okJson("{\"object\": \"list\", \"data\": " + data + "}")));
    }

    private static List<String> idempotencyKeysOf(RequestPatternBuilder requests) {
        return provider.findAll(requests).stream().map(request -> request.getHeader("Idempotency-Key")).toList();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Timed take(CompletionService<Timed> calls) throws Exception {
        Future<Timed> done = calls.poll(5, TimeUnit.SECONDS);
        assertThat(done).as("a call answered within 5 s").isNotNull();
        return done.get();
    }

    private record Timed(ChargeOutcome outcome, Duration took) {
    }

    /** Always draws the highest value, so every jittered wait is exactly its cap. */
    private static final RandomGenerator HIGHEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            return Long.MAX_VALUE;
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    };

    /** Builds {@link PaymentProviderProperties} for tests, stating only what a test cares about. */
    private static final class PaymentProviderSettings {
        private URI baseUrl;
        private long readTimeoutMillis = 1_000;
        private int maxAttempts = 4;
        private long initialBackoffMillis = 10;
        private long maxBackoffMillis = 50;
        private long budgetMillis = 3_000;
        private int maxConcurrentCalls = 8;
        private RandomGenerator random = new Random(20_261_121L);

        PaymentProviderSettings(URI baseUrl) {
            this.baseUrl = baseUrl;
        }

        PaymentProviderSettings baseUrl(URI value) {
            baseUrl = value;
            return this;
        }

        PaymentProviderSettings readTimeout(long millis) {
            readTimeoutMillis = millis;
            return this;
        }

        PaymentProviderSettings maxAttempts(int value) {
            maxAttempts = value;
            return this;
        }

        PaymentProviderSettings backoff(long initialMillis, long maxMillis) {
            initialBackoffMillis = initialMillis;
            maxBackoffMillis = maxMillis;
            return this;
        }

        PaymentProviderSettings budget(long millis) {
            budgetMillis = millis;
            return this;
        }

        PaymentProviderSettings maxConcurrentCalls(int value) {
            maxConcurrentCalls = value;
            return this;
        }

        PaymentProviderSettings random(RandomGenerator value) {
            random = value;
            return this;
        }

        PaymentProviderProperties properties() {
            return new PaymentProviderProperties(baseUrl, API_KEY, Duration.ofMillis(200),
                    Duration.ofMillis(readTimeoutMillis), maxAttempts, Duration.ofMillis(initialBackoffMillis),
                    Duration.ofMillis(maxBackoffMillis), Duration.ofMillis(budgetMillis), maxConcurrentCalls);
        }
    }

    /**
     * A WireMock extension for stubs that name it: holds each request until the test releases them, and
     * counts how many it holds at once, which is the number of calls in flight at the provider.
     */
    private static final class HoldUntilReleased implements ResponseDefinitionTransformerV2 {
        static final String NAME = "hold-until-released";

        private volatile CountDownLatch release = new CountDownLatch(1);
        private final AtomicInteger held = new AtomicInteger();
        private final AtomicInteger mostHeldAtOnce = new AtomicInteger();

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            mostHeldAtOnce.accumulateAndGet(held.incrementAndGet(), Math::max);
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                held.decrementAndGet();
            }
            return serveEvent.getResponseDefinition();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }

        void reset() {
            release = new CountDownLatch(1);
            held.set(0);
            mostHeldAtOnce.set(0);
        }

        void releaseAll() {
            release.countDown();
        }

        int held() {
            return held.get();
        }

        int mostHeldAtOnce() {
            return mostHeldAtOnce.get();
        }
    }
}
