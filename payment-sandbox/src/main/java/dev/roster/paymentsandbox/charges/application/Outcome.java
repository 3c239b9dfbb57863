package dev.roster.paymentsandbox.charges.application;

import dev.roster.paymentsandbox.charges.domain.Charge;
import dev.roster.paymentsandbox.charges.domain.Refund;
import dev.roster.paymentsandbox.shared.SandboxError;

/**
 * What a charge or refund request came to. This is what an idempotency key stores and replays,
 * so it holds values as they were when first answered.
 */
public sealed interface Outcome {

    record ChargeSucceeded(Charge charge) implements Outcome {
    }

    /** The charge exists, with status failed; the answer is a card error naming it. */
    record ChargeDeclined(Charge charge) implements Outcome {

        public SandboxError error() {
            return SandboxError.cardDeclined(charge.id());
        }
    }

    record RefundSucceeded(Refund refund) implements Outcome {
    }

    /** A decided refusal (unknown or unrefundable charge): stored and replayed like any outcome. */
    record Refused(SandboxError error) implements Outcome {
    }
}
