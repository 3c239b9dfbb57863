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
import static dev.roster.enrollment.payment.adapter.FixedDraws.HIGHEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/**
 * The provider adapter against a WireMock stand-in of the provider's HTTP API: outcomes, retries with one
 * idempotency key, the time budget and the concurrency limit. No Spring context.
 */
class HttpPaymentGatewayIT {

    private static final String API_KEY = "sk_test_it_secret";
    private static final String CARD_TOKEN = "tok_visa_it_secret";
    private static final Money PRICE = Money.of(49000, "EUR");
    private static final HoldUntilReleased HOLD = new HoldUntilReleased();
    private static final TakesTime TAKES_TIME = new TakesTime();

    private static WireMockServer provider;

    private final List<HttpPaymentGateway> gateways = new ArrayList<>();
    private SimpleMeterRegistry meters;
    private FakeTime time;

    @BeforeAll
    static void startProvider() {
        provider = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(HOLD, TAKES_TIME));
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
                RestClient.builder(), new SimpleMeterRegistry(), new Random(1), Ticker.SYSTEM, Sleeper.SYSTEM)) {
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
        time = new FakeTime();
        TAKES_TIME.reset(time);
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
        assertThat(meters.get(ResilientCall.RETRIES).tag("operation", "charge").tag("reason", "server_error")
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
    void answersUnknownWhenEveryAttemptTimesOut() {
        // the provider would answer "succeeded", but only after the read timeout: each attempt must give up
        provider.stubFor(post("/v1/charges").willReturn(okJson(charge("ch_late", "succeeded")).withFixedDelay(1_000)));
        String key = newKey();

        ChargeOutcome outcome = gateway(settings().readTimeout(200).random(HIGHEST)).charge(chargeRequest(key));

        assertThat(outcome).isEqualTo(new ChargeOutcome.Unknown("no answer after 4 attempt(s), last: read timeout"));
        assertThat(time.waits()).as("the planned backoff between the attempts")
                .containsExactly(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(40));
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
        // every wait is exactly 400 ms and attempts take no time on the ticker: attempt 1 at 0, attempt 2 at
        // 400; a third would start at 800, past 700
        PaymentProviderSettings settings = settings().maxAttempts(10).backoff(400, 400).budget(700).random(HIGHEST);

        ChargeOutcome outcome = gateway(settings).charge(chargeRequest(newKey()));

        assertThat(outcome).isEqualTo(new ChargeOutcome.Unknown("budget of 700 ms spent after 2 attempt(s), last: HTTP 500 api_error"));
        provider.verify(2, postRequestedFor(urlEqualTo("/v1/charges")));
        assertThat(time.waits()).containsExactly(Duration.ofMillis(400));
    }

    @Test
    @Guards(Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY)
    void countsTheTimeEachAttemptTakesAgainstTheBudget() {
        // each attempt takes 600 ms on the ticker: attempt 1 from 0 to 600, a wait of 10, attempt 2 from 610 to
        // 1210; the budget of 1000 is spent, so no third attempt although the waits alone (10, 20) would fit
        provider.stubFor(post("/v1/charges").willReturn(providerError(500, "api_error", null)
                .withTransformers(TakesTime.NAME)));
        TAKES_TIME.perRequest(Duration.ofMillis(600));

        ChargeOutcome outcome = gateway(settings().budget(1_000).random(HIGHEST)).charge(chargeRequest(newKey()));

        assertThat(outcome).isInstanceOfSatisfying(ChargeOutcome.Unknown.class,
                unknown -> assertThat(unknown.reason()).startsWith("budget of 1000 ms spent after 2 attempt(s)"));
        provider.verify(2, postRequestedFor(urlEqualTo("/v1/charges")));
        assertThat(time.waits()).containsExactly(Duration.ofMillis(10));
    }

    @Test
    @Guards(Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY)
    void answersBusyWithoutAnAttemptWhenTheBudgetIsGoneBeforeThePermit() {
        // the ticker says the call's budget is spent by the time it holds a permit: nothing may be sent
        time.advanceOnEveryRead(Duration.ofMillis(600));
        provider.stubFor(post("/v1/charges").willReturn(okJson(charge("ch_too_late", "succeeded"))));

        ChargeOutcome outcome = gateway(settings().budget(500)).charge(chargeRequest(newKey()));

        assertThat(outcome).isEqualTo(new ChargeOutcome.Unknown(HttpPaymentGateway.PROVIDER_BUSY));
        provider.verify(0, postRequestedFor(urlEqualTo("/v1/charges")));
    }

    @Test
    @Guards(Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY)
    void limitsCallsInFlightAndAnswersTheRestProviderBusy() throws Exception {
        provider.stubFor(post("/v1/charges").willReturn(okJson(charge("ch_slow", "succeeded"))
                .withTransformers(HoldUntilReleased.NAME)));
        // the provider holds every request until released; a generous read timeout keeps the held ones waiting.
        // The busy calls wait their budget for a permit on the real clock (a semaphore knows no ticker); that
        // they answer while the provider still holds the other two shows they did not wait for those.
        HttpPaymentGateway gateway = gateway(settings().maxConcurrentCalls(2).readTimeout(10_000).budget(500));
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            CompletionService<ChargeOutcome> calls = new ExecutorCompletionService<>(executor);
            CountDownLatch go = new CountDownLatch(1);
            for (int i = 0; i < 4; i++) {
                calls.submit(() -> {
                    go.await();
                    return gateway.charge(chargeRequest(newKey()));
                });
            }
            go.countDown();

            // while the provider holds two calls, the other two answer on their own
            List<ChargeOutcome> first = List.of(take(calls), take(calls));
            assertThat(first).containsOnly(new ChargeOutcome.Unknown(HttpPaymentGateway.PROVIDER_BUSY));
            assertThat(HOLD.released()).as("answered before the provider let the held calls go").isFalse();
            await().atMost(Duration.ofSeconds(5)).until(() -> HOLD.held() == 2);
            assertThat(HOLD.mostHeldAtOnce()).isEqualTo(2);

            HOLD.releaseAll();
            List<ChargeOutcome> rest = List.of(take(calls), take(calls));
            assertThat(rest).containsOnly(new ChargeOutcome.Succeeded("ch_slow"));
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
        List<ILoggingEvent> logs = GatewayLogs.loggedDuring(() -> gateway(settings()).charge(chargeRequest(key)));

        assertThat(logs).filteredOn(event -> event.getLevel() == Level.WARN).singleElement()
                .satisfies(warning -> assertThat(warning.getFormattedMessage()).contains("attempt 1", key, "HTTP 503"));
        assertThat(logs).filteredOn(event -> event.getLevel() == Level.INFO).singleElement()
                .satisfies(info -> assertThat(info.getFormattedMessage()).contains("ch_logged", key));
        assertThat(logs).allSatisfy(event -> assertThat(event.getFormattedMessage())
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
        HttpPaymentGateway gateway = new HttpPaymentGateway(settings.properties(), RestClient.builder(), meters,
                settings.random, time, time);
        gateways.add(gateway);
        return gateway;
    }

    /**
     * Waits between attempts of 10 to 50 ms (seeded jitter) on the test's {@link FakeTime}, so no test sleeps
     * for them; timeouts
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

    /** Blocks without a time limit of its own: the provider lets every held request go after 10 s at most. */
    private static ChargeOutcome take(CompletionService<ChargeOutcome> calls) throws Exception {
        return calls.take().get();
    }

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
        private volatile boolean released;
        private final AtomicInteger held = new AtomicInteger();
        private final AtomicInteger mostHeldAtOnce = new AtomicInteger();

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            mostHeldAtOnce.accumulateAndGet(held.incrementAndGet(), Math::max);
            try {
                if (!release.await(10, TimeUnit.SECONDS)) {
                    released = true; // let go on its own
                }
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
            released = false;
            held.set(0);
            mostHeldAtOnce.set(0);
        }

        void releaseAll() {
            released = true;
            release.countDown();
        }

        /** Whether the test let the held requests go (they also go on their own after 10 s). */
        boolean released() {
            return released;
        }

        int held() {
            return held.get();
        }

        int mostHeldAtOnce() {
            return mostHeldAtOnce.get();
        }
    }

    /**
     * A WireMock extension for stubs that name it: each request takes the stated time on the test's
     * {@link FakeTime}. The time moves before the answer is written, so the gateway reads the moved ticker
     * as soon as the attempt ends.
     */
    private static final class TakesTime implements ResponseDefinitionTransformerV2 {
        static final String NAME = "takes-time";

        private volatile FakeTime time;
        private volatile Duration perRequest = Duration.ZERO;

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            time.advance(perRequest);
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

        void reset(FakeTime testTime) {
            time = testTime;
            perRequest = Duration.ZERO;
        }

        void perRequest(Duration duration) {
            perRequest = duration;
        }
    }
}
