package dev.roster.notification.contacts.adapter;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.learner;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.learnerLookup;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.roster.notification.delivery.application.Contacts;
import dev.roster.notification.delivery.domain.Contact;
import dev.roster.notification.platform.NotificationProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The contact lookup as the service wires it ({@link ContactsConfiguration}) on Spring Boot's metrics,
 * observation and RestClient auto-configuration: the declarative client's request is timed as
 * {@code http.client.requests} under its URI template, which a client from the static
 * {@code RestClient.builder()} is not.
 */
class ContactsClientMetricsIT {

    @RegisterExtension
    static final WireMockExtension enrollmentService = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
            .build();

    private static final String TOKEN = "metrics-token-1234";

    @Test
    void timesTheLookupAsAnHttpClientRequestUnderItsUriTemplate() {
        UUID learnerId = UUID.randomUUID();
        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN).willReturn(learner(learnerId, "ada@example.com",
                "Ada")));

        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
                        MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
                        SimpleMetricsExportAutoConfiguration.class, RestClientAutoConfiguration.class,
                        RestClientObservationAutoConfiguration.class))
                .withUserConfiguration(NotificationPropertiesBinding.class, ContactsConfiguration.class)
                .withPropertyValues("roster.notification.enrollment-service-url=" + enrollmentService.baseUrl(),
                        "roster.notification.service-token=" + TOKEN)
                .run(context -> {
                    assertThat(context.getBean(Contacts.class).contactOf(learnerId))
                            .contains(new Contact("ada@example.com", "Ada"));

                    assertThat(context.getBean(MeterRegistry.class).get("http.client.requests")
                            .tag("method", "GET").tag("uri", "/api/v1/learners/{id}").tag("status", "200")
                            .timer().count()).isEqualTo(1);
                });
    }

    /** What the application's {@code @ConfigurationPropertiesScan} does for the service's settings. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotificationProperties.class)
    static class NotificationPropertiesBinding {

        /** The service's clock (ClockConfiguration), which the contact cache ages its entries with. */
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);
        }
    }
}
