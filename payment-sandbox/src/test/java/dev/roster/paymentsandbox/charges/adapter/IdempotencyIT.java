package dev.roster.paymentsandbox.charges.adapter;

import static dev.roster.paymentsandbox.testsupport.SandboxApi.json;
import static dev.roster.paymentsandbox.testsupport.SandboxApi.newKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.roster.paymentsandbox.charges.application.IdempotencyKeys;
import dev.roster.paymentsandbox.testsupport.GatedLater;
import dev.roster.paymentsandbox.testsupport.GatedPause;
import dev.roster.paymentsandbox.testsupport.SandboxApi;
import dev.roster.paymentsandbox.testsupport.SandboxIT;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import tools.jackson.databind.JsonNode;

/**
 * Stripe's idempotency over HTTP: a retry with the same key replays the first answer byte for byte
 * and never makes a second charge, whatever the token did the first time.
 */
@SandboxIT
@Guards(Risk.RETRY_DOUBLE_CHARGE)
class IdempotencyIT {

    @Value("${local.server.port}")
    int port;

    @Autowired
    GatedPause pause;

    @Autowired
    GatedLater later;

    @Autowired
    IdempotencyKeys keys;

    SandboxApi api;

    @BeforeEach
    void client() {
        api = new SandboxApi(port);
    }

    @AfterEach
    void openTheGate() {
        pause.letGo();
        later.letGo();
    }

    @ParameterizedTest(name = "{0} answers {1} twice, with one charge")
    @CsvSource({"tok_visa, 200", "tok_chargeDeclined, 402", "tok_slow, 200"})
    void replaysTheFirstAnswerByteForByteWithoutASecondCharge(String source, int status) {
        String key = newKey("replay");

        EntityExchangeResult<byte[]> first = api.charge(key, source).expectStatus().isEqualTo(status)
                .expectHeader().valueEquals("Idempotent-Replayed", "false")
                .expectBody().returnResult();
        EntityExchangeResult<byte[]> again = api.charge(key, source).expectStatus().isEqualTo(status)
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().returnResult();

        assertThat(again.getResponseBodyContent()).isEqualTo(first.getResponseBodyContent());
        assertThat(api.chargesMadeWith(key)).hasSize(1);
    }

    @Test
    void refusesTheKeyWithOtherParametersAndKeepsTheFirstCharge() {
        String key = newKey("other-params");
        String id = api.succeededCharge(key);
        Map<String, Object> cheaper = SandboxApi.chargeBody("tok_visa");
        cheaper.put("amount", 39_000);

        api.charge(key, cheaper).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.error.type").isEqualTo("idempotency_error")
                .jsonPath("$.error.message").value(message -> assertThat((String) message).contains(key));

        assertThat(api.chargesMadeWith(key)).singleElement()
                .satisfies(charge -> {
                    assertThat(charge.get("id").asString()).isEqualTo(id);
                    assertThat(charge.get("amount").asLong()).isEqualTo(49_000);
                });
    }

    @Test
    void answers409WhileTheFirstRequestWithTheKeyIsInProgress() {
        String key = newKey("in-progress");
        pause.hold();
        CompletableFuture<EntityExchangeResult<byte[]>> slow = CompletableFuture.supplyAsync(
                () -> api.charge(key, "tok_slow").expectBody().returnResult());
        await().until(() -> pause.holding() == 1 && keys.isInProgress(key));

        api.charge(key, "tok_slow").expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.error.type").isEqualTo("idempotency_error")
                .jsonPath("$.error.code").isEqualTo("request_in_progress")
                .jsonPath("$.error.message").isNotEmpty();
        // the charge exists already: the slow token records it before it waits
        assertThat(api.chargesMadeWith(key)).hasSize(1);

        pause.letGo();
        EntityExchangeResult<byte[]> first = slow.join();
        assertThat(first.getStatus().value()).isEqualTo(200);
        api.charge(key, "tok_slow").expectStatus().isOk()
                .expectBody().json(new String(first.getResponseBodyContent()), JsonCompareMode.STRICT);
        assertThat(api.chargesMadeWith(key)).hasSize(1);
    }

    @Test
    void failsTheFlakyTokenTwiceThenSucceedsOnceWithTheSameKey() {
        String key = newKey("flaky");

        api.charge(key, "tok_flaky").expectStatus().isEqualTo(500)
                .expectBody().jsonPath("$.error.type").isEqualTo("api_error");
        assertThat(api.chargesMadeWith(key)).isEmpty();
        api.charge(key, "tok_flaky").expectStatus().isEqualTo(500);
        assertThat(api.chargesMadeWith(key)).isEmpty();
        byte[] succeeded = api.charge(key, "tok_flaky").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("succeeded")
                .returnResult().getResponseBodyContent();
        byte[] replayed = api.charge(key, "tok_flaky").expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent();

        assertThat(replayed).isEqualTo(succeeded);
        assertThat(api.chargesMadeWith(key)).singleElement()
                .satisfies(charge -> assertThat(charge.get("id").asString())
                        .isEqualTo(json(succeeded).get("id").asString()));
    }

    @Test
    void aClientThatTimedOutFindsItsChargeByKeyAndItsRetryReplaysIt() throws Exception {
        String key = newKey("timed-out");
        // nothing yet; and the server has answered once, so that when this test runs first in a fresh
        // context the impatient request is not cut off at the server's first-request set-up (it was: 400)
        assertThat(api.chargesMadeWith(key)).isEmpty();
        HttpClient impatient = HttpClient.newHttpClient();
        HttpRequest slowCharge = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/charges"))
                .header("Authorization", "Bearer " + SandboxIT.API_KEY)
                .header("Idempotency-Key", key)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMillis(SandboxIT.SLOW_DELAY_MILLIS / 3))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"amount": 49000, "currency": "eur", "source": "tok_slow", "description": "Seat in JAVA-101"}"""))
                .build();

        assertThatThrownBy(() -> impatient.send(slowCharge, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);

        await().untilAsserted(() -> assertThat(api.chargesMadeWith(key)).hasSize(1));
        String found = api.chargesMadeWith(key).get(0).get("id").asString();
        // a retry while the first request still runs answers 409; once it is done, the retry replays it
        AtomicReference<byte[]> retried = new AtomicReference<>();
        await().until(() -> {
            EntityExchangeResult<byte[]> retry = api.charge(key, "tok_slow").expectBody().returnResult();
            retried.set(retry.getResponseBodyContent());
            return retry.getStatus().value() == 200;
        });
        assertThat(json(retried.get()).get("id").asString()).isEqualTo(found);
        assertThat(api.chargesMadeWith(key)).hasSize(1);
    }

    @Test
    void keepsALateChargesKeyInProgressUntilTheChargeIsMadeThenReplaysItsSuccess() {
        String key = newKey("late");
        later.hold();

        api.charge(key, "tok_late").expectStatus().isEqualTo(500)
                .expectBody().jsonPath("$.error.type").isEqualTo("api_error");
        assertThat(later.waiting()).isEqualTo(1);
        assertThat(api.chargesMadeWith(key)).isEmpty();
        api.charge(key, "tok_late").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.error.code").isEqualTo("request_in_progress");

        later.letGo();

        JsonNode made = api.chargesMadeWith(key);
        assertThat(made).singleElement().satisfies(charge -> {
            assertThat(charge.get("status").asString()).isEqualTo("succeeded");
            assertThat(charge.get("amount").asLong()).isEqualTo(49_000);
        });
        api.charge(key, "tok_late").expectStatus().isOk()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().jsonPath("$.id").isEqualTo(made.get(0).get("id").asString());
        assertThat(api.chargesMadeWith(key)).hasSize(1);
    }

    @Test
    void refusesAChargeKeyReusedForARefund() {
        String key = newKey("reused");
        String id = api.succeededCharge(key);

        api.refund(key, id).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.type").isEqualTo("idempotency_error");

        assertThat(api.charge(id).get("refunded").asBoolean()).isFalse();
    }
}
