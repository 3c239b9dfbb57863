package dev.roster.paymentsandbox.charges.adapter;

import static dev.roster.paymentsandbox.testsupport.SandboxApi.json;
import static dev.roster.paymentsandbox.testsupport.SandboxApi.newKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.paymentsandbox.testsupport.SandboxApi;
import dev.roster.paymentsandbox.testsupport.SandboxIT;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import tools.jackson.databind.JsonNode;

@SandboxIT
class RefundApiIT {

    @Value("${local.server.port}")
    int port;

    SandboxApi api;

    @BeforeEach
    void client() {
        api = new SandboxApi(port);
    }

    @Test
    void refundsASucceededChargeInFull() {
        String chargeId = api.succeededCharge(newKey("charge"));

        byte[] body = api.refund(newKey("refund"), chargeId).expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().returnResult().getResponseBodyContent();

        String refundId = json(body).get("id").asString();
        assertThat(refundId).matches("re_[0-9A-Za-z]{24}");
        ChargeApiIT.assertStrictJson("""
                {"id": "%s", "object": "refund", "charge": "%s", "amount": 49000, "status": "succeeded"}"""
                .formatted(refundId, chargeId), body);
        assertThat(api.charge(chargeId).get("refunded").asBoolean()).isTrue();
        assertThat(refundsOf(chargeId)).singleElement()
                .satisfies(refund -> assertThat(refund.get("id").asString()).isEqualTo(refundId));
    }

    @Test
    @Guards(Risk.RETRY_DOUBLE_CHARGE)
    void replaysTheRefundWithTheSameKeyWithoutRefundingTwice() {
        String chargeId = api.succeededCharge(newKey("charge"));
        String key = newKey("refund");
        byte[] first = api.refund(key, chargeId).expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent();

        byte[] again = api.refund(key, chargeId).expectStatus().isOk()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().returnResult().getResponseBodyContent();

        assertThat(again).isEqualTo(first);
        assertThat(refundsOf(chargeId)).hasSize(1);
    }

    @Test
    void refusesASecondRefundUnderAnotherKey() {
        String chargeId = api.succeededCharge(newKey("charge"));
        api.refund(newKey("refund"), chargeId).expectStatus().isOk();

        api.refund(newKey("refund-again"), chargeId).expectStatus().isBadRequest()
                .expectBody().json("""
                        {"error": {
                          "type": "invalid_request_error",
                          "code": "charge_already_refunded",
                          "message": "Charge %s has already been refunded.",
                          "param": "charge"
                        }}""".formatted(chargeId), JsonCompareMode.STRICT);
        assertThat(refundsOf(chargeId)).hasSize(1);
    }

    @Test
    void refusesToRefundADeclinedCharge() {
        byte[] declined = api.charge(newKey("declined"), "tok_chargeDeclined").expectStatus().isEqualTo(402)
                .expectBody().returnResult().getResponseBodyContent();
        String chargeId = json(declined).at("/error/charge").asString();

        api.refund(newKey("refund"), chargeId).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.error.type").isEqualTo("invalid_request_error")
                .jsonPath("$.error.code").isEqualTo("charge_not_refundable")
                .jsonPath("$.error.param").isEqualTo("charge");
        assertThat(refundsOf(chargeId)).isEmpty();
    }

    @Test
    void answersAnUnknownChargeWith404ResourceMissing() {
        api.refund(newKey("refund"), "ch_nothing").expectStatus().isNotFound()
                .expectBody().json("""
                        {"error": {
                          "type": "invalid_request_error",
                          "code": "resource_missing",
                          "message": "No such charge: 'ch_nothing'",
                          "param": "charge"
                        }}""", JsonCompareMode.STRICT);
    }

    @Test
    void requiresAnIdempotencyKeyAndACharge() {
        String chargeId = api.succeededCharge(newKey("charge"));

        api.http().post().uri("/v1/refunds").contentType(MediaType.APPLICATION_JSON)
                .body("{\"charge\": \"" + chargeId + "\"}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.type").isEqualTo("invalid_request_error");
        api.http().post().uri("/v1/refunds").header("Idempotency-Key", newKey("refund"))
                .contentType(MediaType.APPLICATION_JSON).body("{}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.param").isEqualTo("charge");

        assertThat(api.charge(chargeId).get("refunded").asBoolean()).isFalse();
    }

    private List<JsonNode> refundsOf(String chargeId) {
        byte[] body = api.http().get().uri("/v1/refunds").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.object").isEqualTo("list")
                .returnResult().getResponseBodyContent();
        List<JsonNode> refunds = new ArrayList<>();
        json(body).get("data").forEach(refund -> {
            if (refund.get("charge").asString().equals(chargeId)) {
                refunds.add(refund);
            }
        });
        return refunds;
    }
}
