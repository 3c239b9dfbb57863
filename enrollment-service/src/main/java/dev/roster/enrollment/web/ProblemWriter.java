package dev.roster.enrollment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem document from places outside Spring MVC's exception handling (filters, error page, Tomcat). */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, HttpStatus status, String code, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(render(status, code, detail));
    }

    /** The problem document as UTF-8 JSON, for writers that hold no servlet response (Tomcat's valve). */
    public byte[] render(HttpStatus status, String code, String detail) {
        return json.writeValueAsBytes(Problems.problem(status, code, detail));
    }
}
