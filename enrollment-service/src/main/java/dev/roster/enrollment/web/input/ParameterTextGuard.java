package dev.roster.enrollment.web.input;

import dev.roster.enrollment.shared.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The text of the request line that reaches a handler: every query parameter (name and value) and
 * every path variable passes {@link Text}'s single-line rule before the handler runs, so a
 * {@code ?coupon=A%00} or a {@code /coupons/A%01} is refused with 400 on every endpoint, present and
 * future, instead of reaching a command or PostgreSQL. Headers are read by the few handlers that use
 * them, each with a stricter rule of its own (Idempotency-Key: printable ASCII).
 */
final class ParameterTextGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : parameters(request).entrySet()) {
            check(parameter.getKey(), parameter.getKey());
            for (String value : parameter.getValue()) {
                check(parameter.getKey(), value);
            }
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value)));
        }
        return true;
    }

    /**
     * The decoded parameters. Reading them fails for a query that is not percent-encoded UTF-8
     * (Tomcat: {@code InvalidParameterException}, an {@link IllegalStateException}) or has a name
     * Spring Security's firewall refuses; either is the client's error, never a 500.
     */
    private static Map<String, String[]> parameters(HttpServletRequest request) {
        try {
            return request.getParameterMap();
        } catch (IllegalStateException | RequestRejectedException undecodable) {
            throw new UnacceptableParameterException("?", "must be percent-encoded UTF-8 text");
        }
    }

    private static void check(String name, String text) {
        Text.problemWith(text, false).ifPresent(problem -> {
            throw new UnacceptableParameterException(Text.problemWith(name, false).isPresent() ? "?" : name, problem);
        });
    }
}
