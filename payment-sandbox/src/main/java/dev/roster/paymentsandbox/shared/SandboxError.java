package dev.roster.paymentsandbox.shared;

import java.util.Objects;

/**
 * An error as the provider states it: a Stripe error type, an optional machine-readable code, a
 * message for people, and optionally the parameter at fault or the charge it concerns. The
 * {@link Kind} decides the HTTP status at the edge.
 */
public record SandboxError(Kind kind, String code, String message, String param, String charge) {

    public enum Kind {
        UNAUTHENTICATED("authentication_error"),
        INVALID_REQUEST("invalid_request_error"),
        RESOURCE_MISSING("invalid_request_error"),
        CARD_DECLINED("card_error"),
        IDEMPOTENCY_MISMATCH("idempotency_error"),
        REQUEST_IN_PROGRESS("idempotency_error"),
        PROVIDER_FAILURE("api_error");

        private final String type;

        Kind(String type) {
            this.type = type;
        }

        /** The Stripe error type ({@code invalid_request_error}, ...). */
        public String type() {
            return type;
        }
    }

    public SandboxError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    public String type() {
        return kind.type();
    }

    public static SandboxError unauthenticated() {
        return new SandboxError(Kind.UNAUTHENTICATED, null,
                "Invalid API key provided. Send it as 'Authorization: Bearer <api key>'.", null, null);
    }

    public static SandboxError invalidParameter(String param, String message) {
        return new SandboxError(Kind.INVALID_REQUEST, null, message, param, null);
    }

    public static SandboxError invalidRequest(String code, String message) {
        return new SandboxError(Kind.INVALID_REQUEST, code, message, null, null);
    }

    public static SandboxError resourceMissing(String param, String message) {
        return new SandboxError(Kind.RESOURCE_MISSING, "resource_missing", message, param, null);
    }

    public static SandboxError cardDeclined(String chargeId) {
        return new SandboxError(Kind.CARD_DECLINED, "card_declined", "Your card was declined.", null, chargeId);
    }

    public static SandboxError idempotencyMismatch(String key) {
        return new SandboxError(Kind.IDEMPOTENCY_MISMATCH, null,
                ("Keys for idempotent requests can only be used with the same parameters they were first used with. "
                        + "Try using a key other than '%s' if you meant to execute a different request.").formatted(key),
                null, null);
    }

    public static SandboxError requestInProgress(String key) {
        return new SandboxError(Kind.REQUEST_IN_PROGRESS, "request_in_progress",
                "There is currently another in-progress request using the idempotency key '%s'. Try again later."
                        .formatted(key), null, null);
    }

    public static SandboxError providerFailure(String message) {
        return new SandboxError(Kind.PROVIDER_FAILURE, null, message, null, null);
    }
}
