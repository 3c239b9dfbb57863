package dev.roster.paymentsandbox.charges.domain;

import dev.roster.paymentsandbox.shared.SandboxError;
import dev.roster.paymentsandbox.shared.SandboxException;
import java.util.Arrays;

/** The card tokens the sandbox knows; each one chooses how the charge goes. */
public enum TestToken {
    /** Succeeds. */
    VISA("tok_visa"),
    /** Declined by the "bank": the charge is recorded as failed and the answer is 402. */
    CHARGE_DECLINED("tok_chargeDeclined"),
    /** Succeeds, but only after the slow delay, which is longer than a sensible client timeout. */
    SLOW("tok_slow"),
    /** Fails with 500 for the first few attempts per idempotency key, then succeeds. */
    FLAKY("tok_flaky"),
    /**
     * Taken, but processed late: after the slow delay the answer is a 500 with nothing charged yet,
     * and only the late delay after the request came the charge succeeds under its key.
     */
    LATE("tok_late");

    private final String source;

    TestToken(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    /** The token a {@code source} parameter names; an unknown one is refused like Stripe refuses it. */
    public static TestToken of(String source) {
        return Arrays.stream(values())
                .filter(token -> token.source.equals(source))
                .findFirst()
                .orElseThrow(() -> new SandboxException(new SandboxError(SandboxError.Kind.INVALID_REQUEST,
                        "resource_missing", "No such token: '%s'".formatted(source), "source", null)));
    }
}
