package dev.roster.enrollment.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.boot.webmvc.error.ErrorController;

/**
 * The error page: where the servlet container forwards an error that no handler answered (a
 * filter's {@code sendError}, TRACE refused by Tomcat, an exception thrown outside Spring MVC).
 * It answers a problem document in place of Spring Boot's default JSON or HTML, whatever the
 * client accepts. Called directly, it is no resource: 404.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ProblemWriter problems;

    ProblemErrorController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = statusOf(request);
        if (status.is5xxServerError()) {
            // the client learns nothing of the internals; the operator gets the whole story
            log.error("Unhandled error answering {} {}", request.getMethod(),
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
        problems.write(response, status, Problems.codeFor(status.value()), detailFor(status));
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                && code >= 400 && HttpStatus.resolve(code) != null) {
            return HttpStatus.valueOf(code);
        }
        return HttpStatus.NOT_FOUND;
    }

    private static String detailFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This method is not allowed here.";
            case BAD_REQUEST -> "The request is malformed.";
            default -> status.is5xxServerError()
                    ? "An unexpected error occurred; it has been logged." : status.getReasonPhrase() + ".";
        };
    }
}
