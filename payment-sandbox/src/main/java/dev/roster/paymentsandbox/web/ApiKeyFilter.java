package dev.roster.paymentsandbox.web;

import dev.roster.paymentsandbox.shared.SandboxError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@code /v1} request must carry {@code Authorization: Bearer <api key>}; anything else is
 * answered 401 before it reaches a controller, whatever the path.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    private final byte[] expectedHeader;
    private final JsonMapper json;

    ApiKeyFilter(String apiKey, JsonMapper json) {
        this.expectedHeader = ("Bearer " + apiKey).getBytes(StandardCharsets.UTF_8);
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(HttpHeaders.AUTHORIZATION);
        // compared in constant time, so the answer's timing tells nothing about the key
        if (presented != null && MessageDigest.isEqual(expectedHeader, presented.getBytes(StandardCharsets.UTF_8))) {
            chain.doFilter(request, response);
            return;
        }
        SandboxError error = SandboxError.unauthenticated();
        RequestOutcome.note(request, ErrorResponse.describe(error));
        response.setStatus(ErrorResponse.statusOf(error).value());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"payment-sandbox\"");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ErrorResponse.of(error));
    }
}
