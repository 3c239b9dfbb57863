package dev.roster.notification.platform;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.learner;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.learnerLookup;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.roster.notification.NotificationServiceApplication;
import dev.roster.notification.events.EventMessages;
import dev.roster.notification.testsupport.TestBroker;
import dev.roster.notification.testsupport.TestTopology;
import dev.roster.testkit.amqp.RealRabbitMq;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The local run as a person meets it: the local profile, no database configured (so an embedded
 * PostgreSQL of its own), the local service token, and every email readable at /captured-mail.
 */
@Guards(Risk.CRITICAL_JOURNEY_BROKEN)
class LocalRunIT {

    private static final String LOCAL_TOKEN = "local-notification-service-token";

    @RegisterExtension
    static final WireMockExtension enrollmentService = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
            .build();

    @TempDir
    Path dataDirectory;

    @Test
    void showsTheEmailOfAnEventAtCapturedMail() {
        UUID learnerId = UUID.randomUUID();
        enrollmentService.stubFor(learnerLookup(learnerId, LOCAL_TOKEN)
                .willReturn(learner(learnerId, "ada@example.com", "Ada")));
        EventMessages event = EventMessages.confirmed().learnerId(learnerId);
        TestTopology topology = TestTopology.unique();

        try (TestBroker broker = TestBroker.connect()) {
            try (ConfigurableApplicationContext service = startLocalRun(topology)) {
                RestTestClient client = RestTestClient.bindToServer(new org.springframework.http.client.JdkClientHttpRequestFactory())
                        .baseUrl("http://localhost:" + service.getEnvironment().getProperty("local.server.port"))
                        .build();
                client.get().uri("/actuator/health/readiness").exchange()
                        .expectStatus().isOk()
                        .expectBody().jsonPath("$.status").isEqualTo("UP");

                broker.publish(topology.exchange(), event);

                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> client.get().uri("/captured-mail")
                        .exchange()
                        .expectStatus().isOk()
                        .expectBody()
                        .jsonPath("$.length()").isEqualTo(1)
                        .jsonPath("$[0].to").isEqualTo("ada@example.com")
                        .jsonPath("$[0].subject").isEqualTo(
                                "Your seat in PostgreSQL for application developers is confirmed")
                        .jsonPath("$[0].messageId").isEqualTo("<" + event.eventId() + "@roster.local>")
                        .jsonPath("$[0].text").value(String.class, text ->
                                org.assertj.core.api.Assertions.assertThat(text).contains("Amount paid: 129.00 EUR")));
            } finally {
                broker.delete(topology);
            }
        }
    }

    private ConfigurableApplicationContext startLocalRun(TestTopology topology) {
        List<String> properties = new ArrayList<>(List.of(
                "server.port=0",
                "spring.datasource.url=",
                "roster.embedded-database.data-directory=" + dataDirectory,
                "roster.notification.embedded-smtp-port=0",
                "roster.notification.enrollment-service-url=" + enrollmentService.baseUrl()));
        properties.addAll(Arrays.asList(RealRabbitMq.shared().springProperties()));
        properties.addAll(topology.properties());
        return new SpringApplicationBuilder(NotificationServiceApplication.class)
                .profiles("local")
                // as command-line arguments: they win over application.yml and application-local.yml
                .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
    }
}
