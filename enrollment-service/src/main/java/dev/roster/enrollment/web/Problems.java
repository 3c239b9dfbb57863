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

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return withCode(problem, code);
    }

    public static ProblemDetail withCode(ProblemDetail problem, String code) {
        problem.setType(URI.create("urn:roster:problem:" + code));
        problem.setProperty(CODE, code);
        return problem;
    }
}
