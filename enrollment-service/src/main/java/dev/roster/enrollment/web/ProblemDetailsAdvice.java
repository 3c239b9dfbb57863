package dev.roster.enrollment.web;

import dev.roster.enrollment.shared.DomainException;
import dev.roster.enrollment.shared.ValidationException;
import dev.roster.enrollment.web.input.UnacceptableParameterException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error the API answers is an RFC 9457 problem ({@code application/problem+json}) with a
 * stable {@code code}; none carries a stack trace or an exception message it did not choose. It knows
 * no feature: a refusal brings its own extra members and retry hint ({@link DomainException}).
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private static final Map<DomainException.Kind, HttpStatus> STATUS_BY_KIND = Map.of(
            DomainException.Kind.INVALID_INPUT, HttpStatus.BAD_REQUEST,
            DomainException.Kind.UNAUTHENTICATED, HttpStatus.UNAUTHORIZED,
            DomainException.Kind.FORBIDDEN, HttpStatus.FORBIDDEN,
            DomainException.Kind.NOT_FOUND, HttpStatus.NOT_FOUND,
            DomainException.Kind.CONFLICT, HttpStatus.CONFLICT,
            DomainException.Kind.UNPROCESSABLE, HttpStatus.UNPROCESSABLE_CONTENT,
            DomainException.Kind.THROTTLED, HttpStatus.TOO_MANY_REQUESTS);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> refused(DomainException e) {
        HttpStatus status = STATUS_BY_KIND.get(e.kind());
        ProblemDetail problem = Problems.problem(status, e.code(), e.getMessage());
        e.problemProperties().forEach(problem::setProperty);
        var response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.UNAUTHORIZED) {
            // RFC 9110: a 401 names the scheme that would authenticate
            response.header(HttpHeaders.WWW_AUTHENTICATE, Problems.BEARER_CHALLENGE);
        }
        e.retryAfterHint().ifPresent(
                delay -> response.header(HttpHeaders.RETRY_AFTER, Long.toString(delay.toSeconds())));
        return response.body(problem);
    }

    /** Unreadable bodies: too large, or see {@link UnreadableBodies}. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var tooLarge = UnreadableBodies.causeOf(e, RequestSizeLimitFilter.PayloadTooLargeException.class);
        if (tooLarge != null) {
            ProblemDetail problem = Problems.problem(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large",
                    tooLarge.getMessage());
            return handleExceptionInternal(e, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        return handleExceptionInternal(e, UnreadableBodies.problemFor(e), headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A query parameter or path variable with text no field accepts (see {@link dev.roster.enrollment.shared.Text}). */
    @ExceptionHandler(UnacceptableParameterException.class)
    ResponseEntity<ProblemDetail> unacceptableParameter(UnacceptableParameterException e) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, ValidationException.CODE,
                "The request has an invalid parameter.");
        problem.setProperty("errors", List.of(Map.of("parameter", e.parameter(), "detail", e.detail())));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "invalid_parameter",
                "'%s' is not a valid value for '%s' (expected %s)".formatted(e.getValue(), e.getName(), expected));
        problem.setProperty("errors", List.of(Map.of("parameter", e.getName(), "detail", "expected " + expected)));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * The firewall checks a header's value only when something reads it; a value Spring MVC reads
     * (Content-Type, Origin, Idempotency-Key) is rejected here, past the filter that answers the
     * firewall's other refusals. The client sent it, so it is a 400 like theirs, not an error of ours.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.problem(HttpStatus.BAD_REQUEST, "request_rejected",
                        "The request was rejected because a header or its path is not acceptable."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // the client learns nothing of the internals; the operator gets the whole story in the log
        log.error("Unhandled error answering a request", e);
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal_error", "An unexpected error occurred; it has been logged."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "validation_failed",
                "The request body has invalid fields.");
        problem.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("pointer", "/" + error.getField().replace('.', '/'),
                        "detail", String.valueOf(error.getDefaultMessage())))
                .toList());
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * Spring MVC's own errors (404 route, 405, 415, unreadable body...) get a code too. The content
     * type is set here, not negotiated: a client's unparsable or unsatisfiable Accept header must
     * not turn the problem into an empty body.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpHeaders problemHeaders = HttpHeaders.copyOf(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, problemHeaders, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey(Problems.CODE))) {
            Problems.withCode(problem, Problems.codeFor(status.value()));
        }
        return response;
    }
}
