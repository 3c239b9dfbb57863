package dev.roster.paymentsandbox.charges.adapter;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.roster.paymentsandbox.charges.domain.Charge;

/** A charge as the API shows it: Stripe's field names, amounts in minor units, {@code created} in epoch seconds. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ChargeResponse(
        String id,
        String object,
        long amount,
        String currency,
        String source,
        String description,
        String status,
        boolean paid,
        boolean refunded,
        @JsonProperty("failure_code") String failureCode,
        @JsonProperty("idempotency_key") String idempotencyKey,
        long created) {

    static ChargeResponse of(Charge charge) {
        return new ChargeResponse(charge.id(), "charge", charge.amount(), charge.currency(), charge.source(),
                charge.description(), charge.status().wireName(), charge.paid(), charge.refunded(),
                charge.failureCode(), charge.idempotencyKey(), charge.created().getEpochSecond());
    }
}
