package dev.roster.paymentsandbox.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One INFO line per {@code /v1} request, so a person can follow a run:
 * {@code POST /v1/charges idempotency_key=k1 -> 200 charge ch_... succeeded (3 ms)}.
 * It writes no headers and no body, so the API key never reaches the log.
 */
class RequestLogFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLogFilter.class);
    private static final int MAX_LOGGED_KEY_LENGTH = 255;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            log.info("{} {} idempotency_key={} -> {} {} ({} ms)", request.getMethod(), request.getRequestURI(),
                    idempotencyKeyOf(request), response.getStatus(), RequestOutcome.of(request),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
    }

    /** The key from the header (writes) or the query (lookups), made safe to print on one line. */
    private static String idempotencyKeyOf(HttpServletRequest request) {
        String key = request.getHeader("Idempotency-Key");
        if (key == null) {
            key = request.getParameter("idempotency_key");
        }
        if (key == null) {
            return "-";
        }
        String printable = key.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > MAX_LOGGED_KEY_LENGTH ? printable.substring(0, MAX_LOGGED_KEY_LENGTH) + "..." : printable;
    }
}
