package dev.roster.notification.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problem document (RFC 9457, with Roster's {@code code} and {@code urn:roster:problem:} type, as
 * enrollment-service answers) for an error this service answers. Everything in it is fixed text chosen
 * by the status: the request and the exception are never echoed (an attacker chose both).
 */
@Component
class ErrorProblems {

    private final JsonMapper json;

    ErrorProblems(JsonMapper json) {
        this.json = json;
    }

    /** A status outside the errors, or one HTTP does not know, is answered as a bad request. */
    static HttpStatus errorStatus(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null || known.value() < 400 ? HttpStatus.BAD_REQUEST : known;
    }

    static ProblemDetail problem(HttpStatus status) {
        String code = switch (status) {
            case BAD_REQUEST -> "bad_request";
            case NOT_FOUND -> "not_found";
            case METHOD_NOT_ALLOWED -> "method_not_allowed";
            case NOT_ACCEPTABLE -> "not_acceptable";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "header_too_large";
            default -> status.is5xxServerError() ? "internal_error" : "request_error";
        };
        String detail = switch (status) {
            case BAD_REQUEST -> "The request is malformed: its path, method or headers cannot be accepted.";
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This method is not allowed here.";
            default -> status.is5xxServerError()
                    ? "An unexpected error occurred; it has been logged." : status.getReasonPhrase() + ".";
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:roster:problem:" + code));
        problem.setProperty("code", code);
        return problem;
    }

    /** As UTF-8 JSON, for Tomcat's valve, which answers outside Spring MVC. */
    byte[] render(HttpStatus status) {
        return json.writeValueAsBytes(problem(status));
    }
}
