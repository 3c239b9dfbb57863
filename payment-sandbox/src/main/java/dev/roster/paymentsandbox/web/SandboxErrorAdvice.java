package dev.roster.paymentsandbox.web;

import dev.roster.paymentsandbox.shared.SandboxError;
import dev.roster.paymentsandbox.shared.SandboxException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error, the sandbox's own and Spring MVC's (unknown URL, wrong method, unreadable body), is
 * answered in Stripe's error shape; none carries a stack trace or an exception message it did not
 * choose.
 */
@RestControllerAdvice
class SandboxErrorAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(SandboxErrorAdvice.class);

    @ExceptionHandler(SandboxException.class)
    ResponseEntity<ErrorResponse> refused(SandboxException e, HttpServletRequest request) {
        RequestOutcome.note(request, ErrorResponse.describe(e.error()));
        return ErrorResponse.entity(e.error());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorResponse> unexpected(Exception e, HttpServletRequest request) {
        // the client learns nothing of the internals; the operator gets the whole story in the log
        log.error("Unhandled error answering {} {}", request.getMethod(), request.getRequestURI(), e);
        return refused(new SandboxException(SandboxError.providerFailure("An unexpected error occurred in the sandbox.")),
                request);
    }

    /** A body that is not JSON, has an unknown parameter (as Stripe, refused), or a field of the wrong type. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        UnrecognizedPropertyException unknown = causeOf(e, UnrecognizedPropertyException.class);
        DatabindException mismatch = causeOf(e, DatabindException.class);
        SandboxError error;
        if (unknown != null) {
            error = SandboxError.invalidParameter(unknown.getPropertyName(),
                    "Received unknown parameter: " + unknown.getPropertyName());
        } else if (mismatch != null && !mismatch.getPath().isEmpty()) {
            String param = mismatch.getPath().getLast().getPropertyName();
            error = SandboxError.invalidParameter(param, "Invalid value for parameter: " + param);
        } else {
            error = SandboxError.invalidRequest(null,
                    "The request body is missing or is not valid JSON. Send a JSON object with Content-Type: application/json.");
        }
        return answer(error, headers, request);
    }

    /** Spring MVC's other errors (404 route, 405, 415, a missing parameter...). */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        String target = servletRequest == null ? "" : " (%s: %s)".formatted(servletRequest.getMethod(),
                servletRequest.getRequestURI());
        SandboxError error = switch (status.value()) {
            case 404, 405 -> new SandboxError(SandboxError.Kind.INVALID_REQUEST, null,
                    "Unrecognized request URL" + target + ".", null, null);
            case 415 -> SandboxError.invalidRequest(null, "Send the request body as JSON (Content-Type: application/json).");
            default -> status.is5xxServerError()
                    ? SandboxError.providerFailure("An unexpected error occurred in the sandbox.")
                    : SandboxError.invalidRequest(null, "The request is invalid" + target + ".");
        };
        ResponseEntity<Object> answer = answer(error, headers, request);
        // keep the real status (404, 405 with its Allow header, 415) rather than the error kind's 400
        return ResponseEntity.status(status).headers(answer.getHeaders()).body(answer.getBody());
    }

    private static ResponseEntity<Object> answer(SandboxError error, HttpHeaders headers, WebRequest request) {
        HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        if (servletRequest != null) {
            RequestOutcome.note(servletRequest, ErrorResponse.describe(error));
        }
        return ResponseEntity.status(ErrorResponse.statusOf(error)).headers(headers).body(ErrorResponse.of(error));
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
