package dev.roster.enrollment.web;

import jakarta.servlet.ServletOutputStream;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error report as a problem document. Tomcat refuses some requests before any
 * servlet, filter or error page can see them: a path with {@code %00}, {@code %2f} or {@code %5c},
 * a header over the size limit, CONNECT, an unknown transfer coding. Its {@link ErrorReportValve}
 * would answer those with an HTML page naming the server; this one answers like the rest of the
 * API. It never echoes the request or the exception (an attacker chose both).
 *
 * <p>Tomcat answers some of these 501; a client's bad request is never a 5xx here, so CONNECT is
 * 405 and an unsupported transfer coding 400.
 */
final class ProblemReportValve extends ErrorReportValve {

    /** Tomcat's message (iib.requestheadertoolarge.error) for a request line or headers over the limit. */
    private static final String HEADER_TOO_LARGE = "Request header is too large";

    private final ProblemWriter problems;

    ProblemReportValve(ProblemWriter problems) {
        this.problems = problems;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        // as ErrorReportValve: only an unreported error whose answer nobody has started writing
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        Answer answer = answerFor(request.getMethod(), response.getStatus(), throwable);
        try {
            byte[] body = problems.render(answer.status(), answer.code(), answer.detail());
            response.setStatus(answer.status().value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setContentLength(body.length);
            ServletOutputStream out = response.getOutputStream();
            out.write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException clientGoneOrAnswerStarted) {
            // nothing more can be said to this client
        }
    }

    static Answer answerFor(String method, int status, Throwable throwable) {
        if (status == 501 && "CONNECT".equalsIgnoreCase(method)) {
            return new Answer(HttpStatus.METHOD_NOT_ALLOWED, "This server is no proxy: CONNECT is not allowed.");
        }
        if (status == 501) {
            return new Answer(HttpStatus.BAD_REQUEST, "The request uses an encoding this server does not support.");
        }
        if (status == 400 && throwable != null && HEADER_TOO_LARGE.equals(throwable.getMessage())) {
            return new Answer(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                    "The request line or headers are larger than this server accepts.");
        }
        HttpStatus known = HttpStatus.resolve(status);
        HttpStatus answered = known == null ? HttpStatus.BAD_REQUEST : known;
        return new Answer(answered, answered == HttpStatus.BAD_REQUEST
                ? "The request is malformed: its path, method or headers cannot be accepted."
                : answered.getReasonPhrase() + ".");
    }

    record Answer(HttpStatus status, String detail) {
        String code() {
            return Problems.codeFor(status.value());
        }
    }
}
