package dev.roster.enrollment.payment.adapter;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The provider's JSON, as records. Field names are camelCase here and snake_case on the wire (the
 * adapter's mapper translates); fields Roster does not use are ignored, so the provider may add some.
 */
final class ProviderMessages {

    private ProviderMessages() {
    }

    /** {@code POST /v1/charges}: amount in minor units, currency lowercase, source the card token. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChargeBody(long amount, String currency, String source, String description) {

        @Override
        public String toString() {
            return "ChargeBody[amount=" + amount + ", currency=" + currency + ", source=***]";
        }
    }

    /** What a charge and a refund share, and an answer about either must have. */
    sealed interface Identified permits Charge, Refund {
        String id();

        String status();
    }

    record Charge(String id, String object, Long amount, String currency, String status, Boolean paid,
                  Boolean refunded, String failureCode, String idempotencyKey, Long created) implements Identified {
    }

    record ChargeList(String object, List<Charge> data) {
    }

    /** {@code POST /v1/refunds}: the charge to refund in full. */
    record RefundBody(String charge) {
    }

    record Refund(String id, String object, String charge, Long amount, String status) implements Identified {
    }

    record ErrorEnvelope(Error error) {
    }

    record Error(String type, String code, String message, String charge) {
    }
}
