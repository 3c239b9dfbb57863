package dev.roster.paymentsandbox.charges.adapter;

import static dev.roster.paymentsandbox.testsupport.SandboxApi.json;
import static dev.roster.paymentsandbox.testsupport.SandboxApi.newKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roster.paymentsandbox.testsupport.SandboxApi;
import dev.roster.paymentsandbox.testsupport.SandboxIT;
import dev.roster.paymentsandbox.testsupport.SandboxTestConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonAssert;
import org.springframework.test.json.JsonCompareMode;
import tools.jackson.databind.JsonNode;

/** Each test token's status and body, validation, and the lookups, over HTTP. */
@SandboxIT
class ChargeApiIT {

    static final long CREATED = SandboxTestConfiguration.NOW.getEpochSecond();

    @Value("${local.server.port}")
    int port;

    SandboxApi api;

    @BeforeEach
    void client() {
        api = new SandboxApi(port);
    }

    @Test
    void chargesAVisaCardAndAnswersTheCharge() {
        String key = newKey("visa");

        byte[] body = api.charge(key, "tok_visa").expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader().valueEquals("Idempotent-Replayed", "false")
                .expectBody().returnResult().getResponseBodyContent();

        String id = json(body).get("id").asString();
        assertThat(id).matches("ch_[0-9A-Za-z]{24}");
        api.http().get().uri("/v1/charges/{id}", id).exchange().expectStatus().isOk()
                .expectBody().json(chargeJson(id, key, "tok_visa", "succeeded", true, null), JsonCompareMode.STRICT);
        assertStrictJson(chargeJson(id, key, "tok_visa", "succeeded", true, null), body);
    }

    @Test
    void declinesWith402CardErrorNamingTheChargeItRecordedAsFailed() {
        String key = newKey("declined");

        byte[] body = api.charge(key, "tok_chargeDeclined").expectStatus().isEqualTo(402)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().returnResult().getResponseBodyContent();

        String id = json(body).at("/error/charge").asString();
        assertThat(id).matches("ch_[0-9A-Za-z]{24}");
        assertStrictJson("""
                {"error": {
                  "type": "card_error",
                  "code": "card_declined",
                  "message": "Your card was declined.",
                  "charge": "%s"
                }}""".formatted(id), body);
        api.http().get().uri("/v1/charges/{id}", id).exchange().expectStatus().isOk()
                .expectBody().json(chargeJson(id, key, "tok_chargeDeclined", "failed", false, "card_declined"),
                        JsonCompareMode.STRICT);
    }

    @Test
    void answersTheSlowTokenOnlyAfterTheSlowDelay() {
        String key = newKey("slow");
        long started = System.nanoTime();

        api.charge(key, "tok_slow").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("succeeded");

        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(SandboxIT.SLOW_DELAY_MILLIS);
        assertThat(api.chargesMadeWith(key)).hasSize(1);
    }

    @Test
    void failsTheFlakyTokenWith500ApiErrorAndNoCharge() {
        String key = newKey("flaky");

        api.charge(key, "tok_flaky").expectStatus().isEqualTo(500)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.error.type").isEqualTo("api_error")
                .jsonPath("$.error.message").isNotEmpty()
                .jsonPath("$.error.code").doesNotExist();

        assertThat(api.chargesMadeWith(key)).isEmpty();
    }

    @Test
    void answersTheLateTokenWith500AfterTheSlowDelayAndChargesItOnlyTheLateDelayAfterTheRequest() {
        String key = newKey("late");
        long started = System.nanoTime();

        byte[] body = api.charge(key, "tok_late").expectStatus().isEqualTo(500)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().returnResult().getResponseBodyContent();

        assertThat(millisSince(started)).isGreaterThanOrEqualTo(SandboxIT.SLOW_DELAY_MILLIS);
        assertStrictJson("""
                {"error": {
                  "type": "api_error",
                  "message": "The charge is still being processed (tok_late). Retry later with the same idempotency key, or look the charge up by it."
                }}""", body);
        // no gate: the production later on its virtual thread; found no sooner than the late delay
        JsonNode found = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> api.chargesMadeWith(key), charges -> !charges.isEmpty());
        assertThat(millisSince(started)).isGreaterThanOrEqualTo(SandboxIT.LATE_DELAY_MILLIS);
        String id = found.get(0).get("id").asString();
        assertStrictJson(chargeJson(id, key, "tok_late", "succeeded", true, null),
                found.get(0).toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesAnUnknownTokenWith400AndNoCharge() {
        String key = newKey("unknown-token");

        api.charge(key, "tok_amex").expectStatus().isBadRequest()
                .expectBody().json("""
                        {"error": {
                          "type": "invalid_request_error",
                          "code": "resource_missing",
                          "message": "No such token: 'tok_amex'",
                          "param": "source"
                        }}""", JsonCompareMode.STRICT);
        assertThat(api.chargesMadeWith(key)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> param {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"currency": "eur", "source": "tok_visa"}                                  | amount
            {"amount": 0, "currency": "eur", "source": "tok_visa"}                     | amount
            {"amount": -100, "currency": "eur", "source": "tok_visa"}                  | amount
            {"amount": 100000000, "currency": "eur", "source": "tok_visa"}             | amount
            {"amount": "lots", "currency": "eur", "source": "tok_visa"}                | amount
            {"amount": 490.5, "currency": "eur", "source": "tok_visa"}                 | amount
            {"amount": 49000, "source": "tok_visa"}                                    | currency
            {"amount": 49000, "currency": "EUR", "source": "tok_visa"}                 | currency
            {"amount": 49000, "currency": "euro", "source": "tok_visa"}                | currency
            {"amount": 49000, "currency": "xyz", "source": "tok_visa"}                 | currency
            {"amount": 49000, "currency": "eur"}                                       | source
            {"amount": 49000, "currency": "eur", "source": "tok_visa", "customer": "x"} | customer
            """)
    void refusesInvalidParametersWith400NamingTheParameter(String body, String param) {
        String key = newKey("invalid");

        api.http().post().uri("/v1/charges").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.error.type").isEqualTo("invalid_request_error")
                .jsonPath("$.error.param").isEqualTo(param)
                .jsonPath("$.error.message").isNotEmpty();
        assertThat(api.chargesMadeWith(key)).isEmpty();
    }

    @Test
    void refusesAFixableRequestWithoutClaimingItsKey() {
        String key = newKey("fixed-later");
        api.charge(key, "tok_amex").expectStatus().isBadRequest();

        api.charge(key, "tok_visa").expectStatus().isOk();

        assertThat(api.chargesMadeWith(key)).hasSize(1);
    }

    @Test
    void requiresAnIdempotencyKey() {
        int before = allCharges().size();

        api.http().post().uri("/v1/charges").contentType(MediaType.APPLICATION_JSON)
                .body(SandboxApi.chargeBody("tok_visa")).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.error.type").isEqualTo("invalid_request_error")
                .jsonPath("$.error.message").value(message -> assertThat((String) message).contains("Idempotency-Key"));

        assertThat(allCharges()).hasSize(before);
    }

    @Test
    void refusesABodyThatIsNotJson() {
        api.http().post().uri("/v1/charges").header("Idempotency-Key", newKey("not-json"))
                .contentType(MediaType.APPLICATION_JSON).body("amount=49000&currency=eur").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.error.type").isEqualTo("invalid_request_error")
                .jsonPath("$.error.message").isNotEmpty();
    }

    @Test
    void showsAChargeById() {
        String key = newKey("by-id");
        String id = api.succeededCharge(key);

        api.http().get().uri("/v1/charges/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody().json(chargeJson(id, key, "tok_visa", "succeeded", true, null), JsonCompareMode.STRICT);
    }

    @Test
    void answersAnUnknownChargeIdWith404ResourceMissing() {
        api.http().get().uri("/v1/charges/ch_nothing").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().json("""
                        {"error": {
                          "type": "invalid_request_error",
                          "code": "resource_missing",
                          "message": "No such charge: 'ch_nothing'",
                          "param": "id"
                        }}""", JsonCompareMode.STRICT);
    }

    @Test
    void listsTheOneChargeMadeWithAKey() {
        String key = newKey("listed");
        String id = api.succeededCharge(key);

        api.http().get().uri("/v1/charges?idempotency_key={key}", key).exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"object": "list", "data": [%s]}""".formatted(
                        chargeJson(id, key, "tok_visa", "succeeded", true, null)), JsonCompareMode.STRICT);
    }

    @Test
    void listsNothingForAKeyThatMadeNoCharge() {
        api.http().get().uri("/v1/charges?idempotency_key={key}", newKey("unused")).exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"object": "list", "data": []}""", JsonCompareMode.STRICT);
    }

    @Test
    void listsAllChargesNewestFirst() {
        String older = api.succeededCharge(newKey("older"));
        String newer = api.succeededCharge(newKey("newer"));

        List<String> ids = new ArrayList<>();
        allCharges().forEach(charge -> ids.add(charge.get("id").asString()));

        assertThat(ids).containsSubsequence(newer, older);
    }

    @Test
    void answersAnUnknownUrlAndAWrongMethodInTheErrorShape() {
        api.http().get().uri("/v1/customers").exchange()
                .expectStatus().isNotFound()
                .expectBody()
                .jsonPath("$.error.type").isEqualTo("invalid_request_error")
                .jsonPath("$.error.message").value(message -> assertThat((String) message).contains("/v1/customers"));
        api.http().delete().uri("/v1/charges").exchange()
                .expectStatus().isEqualTo(405)
                .expectBody().jsonPath("$.error.type").isEqualTo("invalid_request_error");
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    private JsonNode allCharges() {
        byte[] body = api.http().get().uri("/v1/charges").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.object").isEqualTo("list")
                .returnResult().getResponseBodyContent();
        return json(body).get("data");
    }

    static void assertStrictJson(String expected, byte[] actual) {
        JsonAssert.comparator(JsonCompareMode.STRICT).assertIsMatch(expected, new String(actual, StandardCharsets.UTF_8));
    }

    static String chargeJson(String id, String key, String source, String status, boolean paid, String failureCode) {
        return """
                {
                  "id": "%s",
                  "object": "charge",
                  "amount": 49000,
                  "currency": "eur",
                  "source": "%s",
                  "description": "Seat in JAVA-101",
                  "status": "%s",
                  "paid": %s,
                  "refunded": false,
                  "failure_code": %s,
                  "idempotency_key": "%s",
                  "created": %d
                }""".formatted(id, source, status, paid, failureCode == null ? "null" : '"' + failureCode + '"',
                key, CREATED);
    }
}
