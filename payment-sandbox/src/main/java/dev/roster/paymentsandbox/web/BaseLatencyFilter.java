package dev.roster.paymentsandbox.web;

import dev.roster.paymentsandbox.shared.Pause;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/** Every {@code /v1} request first waits the base latency, as a call to a remote provider would. */
class BaseLatencyFilter extends OncePerRequestFilter {

    private final Pause pause;
    private final Duration baseLatency;

    BaseLatencyFilter(Pause pause, Duration baseLatency) {
        this.pause = pause;
        this.baseLatency = baseLatency;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!baseLatency.isZero()) {
            pause.pause(baseLatency);
        }
        chain.doFilter(request, response);
    }
}
