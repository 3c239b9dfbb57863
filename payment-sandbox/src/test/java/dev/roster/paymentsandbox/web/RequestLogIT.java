package dev.roster.paymentsandbox.web;

import static dev.roster.paymentsandbox.testsupport.SandboxApi.newKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roster.paymentsandbox.testsupport.SandboxApi;
import dev.roster.paymentsandbox.testsupport.SandboxIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** One readable line per request, and never the API key. */
@SandboxIT
@ExtendWith(OutputCaptureExtension.class)
class RequestLogIT {

    @Value("${local.server.port}")
    int port;

    SandboxApi api;

    @BeforeEach
    void client() {
        api = new SandboxApi(port);
    }

    @Test
    void logsMethodPathKeyAndOutcomeOfEachRequest(CapturedOutput output) {
        String paid = newKey("logged-paid");
        String declined = newKey("logged-declined");
        String chargeId = api.succeededCharge(paid);
        api.charge(paid, "tok_visa").expectStatus().isOk();
        api.charge(declined, "tok_chargeDeclined").expectStatus().isEqualTo(402);
        api.chargesMadeWith(paid);

        // the line is written once the answer has gone out, so it may trail the response a little
        await().untilAsserted(() -> assertThat(output.getOut())
                .contains("POST /v1/charges idempotency_key=" + paid + " -> 200 charge " + chargeId + " succeeded (")
                .contains("POST /v1/charges idempotency_key=" + paid + " -> 200 charge " + chargeId
                        + " succeeded (replayed)")
                .containsPattern("POST /v1/charges idempotency_key=" + declined + " -> 402 charge ch_\\w+ declined")
                .contains("GET /v1/charges idempotency_key=" + paid + " -> 200"));
    }

    @Test
    void neverLogsTheApiKeyNorAWrongOne(CapturedOutput output) {
        String key = newKey("logged-unauthenticated");
        api.anonymous().get().uri("/v1/charges?idempotency_key={key}", key)
                .header("Authorization", "Bearer sk_test_guessed_secret").exchange()
                .expectStatus().isUnauthorized();
        api.charge(newKey("logged-authenticated"), "tok_visa").expectStatus().isOk();

        await().untilAsserted(() -> assertThat(output.getOut())
                .contains("GET /v1/charges idempotency_key=" + key + " -> 401 authentication_error"));
        assertThat(output.getAll()).doesNotContain(SandboxIT.API_KEY, "sk_test_guessed_secret");
    }
}
