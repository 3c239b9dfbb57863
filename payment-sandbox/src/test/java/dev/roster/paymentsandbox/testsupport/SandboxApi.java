package dev.roster.paymentsandbox.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the running sandbox for web tests, authenticated with the test API key. */
public final class SandboxApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger KEYS = new AtomicInteger();

    private final RestTestClient http;
    private final RestTestClient anonymous;

    public SandboxApi(int port) {
        String baseUrl = "http://localhost:" + port;
        this.http = RestTestClient.bindToServer(new org.springframework.http.client.JdkClientHttpRequestFactory()).baseUrl(baseUrl)
                .defaultHeader("Authorization", "Bearer " + SandboxIT.API_KEY).build();
        this.anonymous = RestTestClient.bindToServer(new org.springframework.http.client.JdkClientHttpRequestFactory()).baseUrl(baseUrl).build();
    }

    /** An idempotency key no other test in this JVM uses. */
    public static String newKey(String purpose) {
        return purpose + "-" + KEYS.incrementAndGet();
    }

    public RestTestClient http() {
        return http;
    }

    /** Sends no Authorization header unless the test adds one. */
    public RestTestClient anonymous() {
        return anonymous;
    }

    /** A charge body of 490.00 EUR on the given token. */
    public static Map<String, Object> chargeBody(String source) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", 49_000);
        body.put("currency", "eur");
        body.put("source", source);
        body.put("description", "Seat in JAVA-101");
        return body;
    }

    public RestTestClient.ResponseSpec charge(String idempotencyKey, Map<String, Object> body) {
        return http.post().uri("/v1/charges").header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    public RestTestClient.ResponseSpec charge(String idempotencyKey, String source) {
        return charge(idempotencyKey, chargeBody(source));
    }

    /** Charges tok_visa and returns the charge id. */
    public String succeededCharge(String idempotencyKey) {
        return json(charge(idempotencyKey, "tok_visa").expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent()).get("id").asString();
    }

    public RestTestClient.ResponseSpec refund(String idempotencyKey, String chargeId) {
        return http.post().uri("/v1/refunds").header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("charge", chargeId)).exchange();
    }

    /** The {@code data} of {@code GET /v1/charges?idempotency_key=...}. */
    public JsonNode chargesMadeWith(String idempotencyKey) {
        return json(http.get().uri("/v1/charges?idempotency_key={key}", idempotencyKey).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent()).get("data");
    }

    public JsonNode charge(String chargeId) {
        return json(http.get().uri("/v1/charges/{id}", chargeId).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent());
    }

    public static JsonNode json(byte[] body) {
        return JSON.readTree(body);
    }
}
