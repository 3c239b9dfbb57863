package dev.roster.notification.web;

import jakarta.servlet.ServletOutputStream;
import java.io.IOException;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Tomcat's own error report as a problem document. Tomcat refuses some requests before any servlet
 * or error page sees them (a malformed request line, {@code %00}, {@code %2f}, a path above the root);
 * its host's {@link ErrorReportValve} would answer them with an HTML page naming the server. Spring
 * Boot offers no hook on the host, so this waits for it: the host adds its default valve when it
 * starts, before it starts this context, which is where the valve is swapped.
 */
@Component
class TomcatProblemReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ErrorProblems problems;

    TomcatProblemReports(ErrorProblems problems) {
        this.problems = problems;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                replaceErrorReport(context.getParent());
            }
        }));
    }

    private void replaceErrorReport(Container host) {
        Pipeline pipeline = host.getPipeline();
        for (Valve valve : pipeline.getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                pipeline.removeValve(valve);
            }
        }
        pipeline.addValve(new ProblemReportValve(problems));
    }

    /** Answers as the rest of the service; a client's bad request is never a 5xx (Tomcat says 501 for CONNECT). */
    private static final class ProblemReportValve extends ErrorReportValve {

        private final ErrorProblems problems;

        ProblemReportValve(ErrorProblems problems) {
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
            HttpStatus status = response.getStatus() == 501 ? HttpStatus.BAD_REQUEST
                    : ErrorProblems.errorStatus(response.getStatus());
            try {
                byte[] body = problems.render(status);
                response.setStatus(status.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setContentLength(body.length);
                ServletOutputStream out = response.getOutputStream();
                out.write(body);
                response.finishResponse();
            } catch (IOException | IllegalStateException clientGoneOrAnswerStarted) {
                // nothing more can be said to this client
            }
        }
    }
}
