package dev.roster.enrollment.identity.adapter;

import dev.roster.enrollment.identity.application.ThrottledLogins;
import dev.roster.enrollment.identity.domain.ThrottleDecision;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counter {@value #THROTTLED} ({@code roster_login_throttled_total}) tagged {@code by} ({@code account},
 * {@code address}): log-in attempts the throttle refused (429). Every series is registered when the
 * service starts, at 0, so a rate or an alert on it has a series before the first refusal.
 */
final class LoginThrottleMeters implements ThrottledLogins {

    static final String THROTTLED = "roster.login.throttled";

    private final Map<ThrottleDecision.Limit, Counter> counters = new EnumMap<>(ThrottleDecision.Limit.class);

    LoginThrottleMeters(MeterRegistry registry) {
        for (ThrottleDecision.Limit limit : ThrottleDecision.Limit.values()) {
            counters.put(limit, Counter.builder(THROTTLED)
                    .description("Log-in attempts refused by the throttle, by the limit that refused them")
                    .tag("by", limit.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
    }

    @Override
    public void throttled(ThrottleDecision.Limit by) {
        counters.get(by).increment();
    }
}
