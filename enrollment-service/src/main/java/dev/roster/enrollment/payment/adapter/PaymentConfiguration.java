package dev.roster.enrollment.payment.adapter;

import dev.roster.enrollment.payment.application.PaymentGateway;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Random;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The payment provider adapter, configured by {@code roster.payment.*} ({@link PaymentProviderProperties},
 * bound through the application's {@code @ConfigurationPropertiesScan}).
 */
@Configuration(proxyBeanMethods = false)
class PaymentConfiguration {

    /**
     * Closed with the context (its {@code close()} is inferred), which closes the HTTP client. The builder is
     * Spring Boot's (observed: {@code http.client.requests}); the gateway clones it.
     */
    @Bean
    PaymentGateway paymentGateway(PaymentProviderProperties properties, RestClient.Builder restClients,
                                  MeterRegistry meters) {
        // java.util.Random is thread-safe; jitter needs spread, not unpredictability. The system ticker and
        // sleeper here; tests of the adapter pass their own to check the budget and the waits.
        return new HttpPaymentGateway(properties, restClients, meters, new Random(), Ticker.SYSTEM, Sleeper.SYSTEM);
    }
}
