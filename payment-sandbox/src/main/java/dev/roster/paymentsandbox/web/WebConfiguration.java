package dev.roster.paymentsandbox.web;

import dev.roster.paymentsandbox.platform.SandboxProperties;
import dev.roster.paymentsandbox.shared.Pause;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * The filters in front of the API, in this order: the request log (outermost, so it sees every
 * answer, 401s included), the base latency, the API key check. Only {@code /v1} is behind them;
 * {@code /actuator/health} answers at once and without a key.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    private static final String API = "/v1/*";

    @Bean
    FilterRegistrationBean<RequestLogFilter> requestLogFilter() {
        var registration = new FilterRegistrationBean<>(new RequestLogFilter());
        registration.addUrlPatterns(API);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BaseLatencyFilter> baseLatencyFilter(Pause pause, SandboxProperties properties) {
        var registration = new FilterRegistrationBean<>(new BaseLatencyFilter(pause, properties.baseLatency()));
        registration.addUrlPatterns(API);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(SandboxProperties properties, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new ApiKeyFilter(properties.apiKey(), json));
        registration.addUrlPatterns(API);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }
}
