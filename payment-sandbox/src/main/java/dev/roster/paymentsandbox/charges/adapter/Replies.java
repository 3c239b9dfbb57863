package dev.roster.paymentsandbox.charges.adapter;

import dev.roster.paymentsandbox.charges.application.Outcome;
import dev.roster.paymentsandbox.charges.application.Reply;
import dev.roster.paymentsandbox.web.ErrorResponse;
import dev.roster.paymentsandbox.web.RequestOutcome;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;

/**
 * Turns a reply into the HTTP answer. A replay is rendered from the stored outcome by the same
 * code, so it has the same status and the same body as the first answer; only the
 * {@code Idempotent-Replayed} header (as Stripe sends it) tells them apart.
 */
final class Replies {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private Replies() {
    }

    static ResponseEntity<Object> answer(Reply reply, HttpServletRequest request) {
        ResponseEntity<?> answer = switch (reply.outcome()) {
            case Outcome.ChargeSucceeded(var charge) -> {
                RequestOutcome.note(request, describe("charge " + charge.id() + " succeeded", reply));
                yield ResponseEntity.ok(ChargeResponse.of(charge));
            }
            case Outcome.ChargeDeclined declined -> {
                RequestOutcome.note(request, describe("charge " + declined.charge().id() + " declined", reply));
                yield ErrorResponse.entity(declined.error());
            }
            case Outcome.RefundSucceeded(var refund) -> {
                RequestOutcome.note(request,
                        describe("refund " + refund.id() + " of " + refund.charge() + " succeeded", reply));
                yield ResponseEntity.ok(RefundResponse.of(refund));
            }
            case Outcome.Refused(var error) -> {
                RequestOutcome.note(request, describe(ErrorResponse.describe(error), reply));
                yield ErrorResponse.entity(error);
            }
        };
        return ResponseEntity.status(answer.getStatusCode())
                .header(REPLAYED_HEADER, Boolean.toString(reply.replayed()))
                .body(answer.getBody());
    }

    private static String describe(String outcome, Reply reply) {
        return reply.replayed() ? outcome + " (replayed)" : outcome;
    }
}
