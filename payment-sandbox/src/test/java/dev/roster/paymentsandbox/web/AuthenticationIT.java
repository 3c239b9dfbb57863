package dev.roster.paymentsandbox.web;

import static dev.roster.paymentsandbox.testsupport.SandboxApi.newKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.paymentsandbox.testsupport.SandboxApi;
import dev.roster.paymentsandbox.testsupport.SandboxIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;

@SandboxIT
class AuthenticationIT {

    static final String UNAUTHENTICATED = """
            {"error": {
              "type": "authentication_error",
              "message": "Invalid API key provided. Send it as 'Authorization: Bearer <api key>'."
            }}""";

    @Value("${local.server.port}")
    int port;

    SandboxApi api;

    @BeforeEach
    void client() {
        api = new SandboxApi(port);
    }

    @Test
    void refusesAChargeWithoutTheApiKeyAndChargesNothing() {
        String key = newKey("anonymous");

        api.anonymous().post().uri("/v1/charges").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).body(SandboxApi.chargeBody("tok_visa")).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer realm=\"payment-sandbox\"")
                .expectBody().json(UNAUTHENTICATED, JsonCompareMode.STRICT);

        assertThat(api.chargesMadeWith(key)).isEmpty();
    }

    @ParameterizedTest(name = "Authorization: {0}")
    @ValueSource(strings = {"Bearer sk_test_wrong", "Bearer sk_test_roster", "Bearer " + SandboxIT.API_KEY + "x",
            "Basic c2tfdGVzdF9pdF8wMTIzNDU2Nzg5Og==", SandboxIT.API_KEY, "Bearer", "bearer " + SandboxIT.API_KEY})
    void refusesAnyOtherCredential(String authorization) {
        api.anonymous().get().uri("/v1/charges").header("Authorization", authorization).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().json(UNAUTHENTICATED, JsonCompareMode.STRICT);
    }

    @Test
    void guardsEveryPathUnderV1EvenUnknownOnes() {
        api.anonymous().get().uri("/v1/charges/ch_anything").exchange().expectStatus().isUnauthorized();
        api.anonymous().post().uri("/v1/refunds").exchange().expectStatus().isUnauthorized();
        api.anonymous().get().uri("/v1/customers").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void acceptsTheConfiguredKey() {
        api.anonymous().get().uri("/v1/charges").header("Authorization", "Bearer " + SandboxIT.API_KEY).exchange()
                .expectStatus().isOk();
    }

    @Test
    void answersHealthWithoutAKey() {
        api.anonymous().get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}
