package dev.roster.enrollment.payment.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.roster.enrollment.payment.application.PaymentGateway;
import dev.roster.enrollment.payment.domain.ChargeOutcome;
import dev.roster.enrollment.payment.domain.ChargeRequest;
import dev.roster.enrollment.shared.Money;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The payment gateway as the application wires it ({@link PaymentConfiguration}) on Spring Boot's metrics,
 * observation and RestClient auto-configuration: each request to the provider is timed as
 * {@code http.client.requests}, which a client built from the static {@code RestClient.builder()} is not.
 */
class PaymentClientMetricsIT {

    private WireMockServer provider;

    @BeforeEach
    void startProvider() {
        provider = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.stop();
    }

    @Test
    void timesEachRequestToTheProviderAsAnHttpClientRequest() {
        provider.stubFor(post("/v1/charges").willReturn(okJson("""
                {"id": "ch_observed", "object": "charge", "amount": 49000, "currency": "eur", "status": "succeeded"}
                """)));

        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
                        MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
                        SimpleMetricsExportAutoConfiguration.class, RestClientAutoConfiguration.class,
                        RestClientObservationAutoConfiguration.class))
                .withUserConfiguration(PaymentProviderBinding.class, PaymentConfiguration.class)
                .withPropertyValues("roster.payment.base-url=" + provider.baseUrl())
                .run(context -> {
                    ChargeOutcome outcome = context.getBean(PaymentGateway.class).charge(
                            new ChargeRequest("key-observed", Money.of(49000, "EUR"), "tok_visa", "Course: Testing"));

                    assertThat(outcome).isEqualTo(new ChargeOutcome.Succeeded("ch_observed"));
                    assertThat(context.getBean(MeterRegistry.class).get("http.client.requests")
                            .tag("method", "POST").tag("uri", "/v1/charges").tag("status", "200")
                            .timer().count()).isEqualTo(1);
                });
    }

    /** What the application's {@code @ConfigurationPropertiesScan} does for the adapter's settings. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PaymentProviderProperties.class)
    static class PaymentProviderBinding {
    }
}
