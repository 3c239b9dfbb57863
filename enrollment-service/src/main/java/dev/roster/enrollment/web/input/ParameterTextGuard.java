package dev.roster.enrollment.web.input;

import dev.roster.enrollment.shared.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
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
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
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

    private static void check(String name, String text) {
        Text.problemWith(text, false).ifPresent(problem -> {
            throw new UnacceptableParameterException(Text.problemWith(name, false).isPresent() ? "?" : name, problem);
        });
    }
}
