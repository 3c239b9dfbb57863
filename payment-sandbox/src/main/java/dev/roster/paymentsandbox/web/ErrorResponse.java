package dev.roster.paymentsandbox.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.roster.paymentsandbox.shared.SandboxError;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Stripe's error body, {@code {"error": {"type", "code", "message", "param", "charge"}}}, with the
 * empty fields left out. Every error the sandbox answers has this shape.
 */
public record ErrorResponse(Detail error) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "code", "message", "param", "charge"})
    public record Detail(String type, String code, String message, String param, String charge) {
    }

    private static final Map<SandboxError.Kind, HttpStatus> STATUS_BY_KIND = Map.of(
            SandboxError.Kind.UNAUTHENTICATED, HttpStatus.UNAUTHORIZED,
            SandboxError.Kind.INVALID_REQUEST, HttpStatus.BAD_REQUEST,
            SandboxError.Kind.RESOURCE_MISSING, HttpStatus.NOT_FOUND,
            SandboxError.Kind.CARD_DECLINED, HttpStatus.PAYMENT_REQUIRED,
            SandboxError.Kind.IDEMPOTENCY_MISMATCH, HttpStatus.BAD_REQUEST,
            SandboxError.Kind.REQUEST_IN_PROGRESS, HttpStatus.CONFLICT,
            SandboxError.Kind.PROVIDER_FAILURE, HttpStatus.INTERNAL_SERVER_ERROR);

    public static ErrorResponse of(SandboxError error) {
        return new ErrorResponse(new Detail(error.type(), error.code(), error.message(), error.param(), error.charge()));
    }

    public static HttpStatus statusOf(SandboxError error) {
        return STATUS_BY_KIND.get(error.kind());
    }

    public static ResponseEntity<ErrorResponse> entity(SandboxError error) {
        return ResponseEntity.status(statusOf(error)).body(of(error));
    }

    /** How the request log names this error: type, then code and parameter when there are. */
    public static String describe(SandboxError error) {
        return error.type() + (error.code() == null ? "" : "/" + error.code())
                + (error.param() == null ? "" : " param=" + error.param());
    }
}
