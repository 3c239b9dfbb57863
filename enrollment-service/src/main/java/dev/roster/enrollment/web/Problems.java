package dev.roster.enrollment.web;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details with Roster's stable {@code code} extension. The type is a URN
 * naming the code, so clients can switch on either without Roster owning a documentation host.
 */
public final class Problems {

    public static final String CODE = "code";

    /** The {@code WWW-Authenticate} challenge every 401 carries: Roster authenticates by bearer token. */
    public static final String BEARER_CHALLENGE = "Bearer realm=\"roster\"";

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return withCode(problem, code);
    }

    /**
     * The code of an error nothing more specific named: Spring MVC's own refusals, the error page
     * and the servlet container's rejections all answer with these (README lists them).
     */
    public static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 408 -> "request_timeout";
            case 413 -> "payload_too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 431 -> "header_too_large";
            default -> status >= 500 ? "internal_error" : "request_error";
        };
    }

    public static ProblemDetail withCode(ProblemDetail problem, String code) {
        problem.setType(URI.create("urn:roster:problem:" + code));
        problem.setProperty(CODE, code);
        return problem;
    }
}
