package dev.roster.paymentsandbox.charges.domain;

import dev.roster.paymentsandbox.shared.SandboxError;
import dev.roster.paymentsandbox.shared.SandboxException;

/** The parameters of a refund: the charge to refund, always in full. */
public record RefundParams(String charge) implements IdempotentRequest {

    public RefundParams {
        if (charge == null || charge.isBlank()) {
            throw new SandboxException(SandboxError.invalidParameter("charge", "Missing required param: charge."));
        }
    }
}
