package dev.roster.notification.delivery.adapter;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.learner;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.learnerLookup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.roster.notification.delivery.application.ProcessedMessages;
import dev.roster.notification.delivery.domain.Email;
import dev.roster.notification.events.EventMessages;
import dev.roster.notification.testsupport.RunningNotificationService;
import dev.roster.notification.testsupport.TestBroker;
import dev.roster.notification.testsupport.TestTopology;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The known-broken variant: the same scenario as
 * {@code NotificationDeliveryIT.sendsOneEmailWhenTheSameEventIsDeliveredTwice}, run with a consumer
 * that keeps no record of processed messages. Two emails arrive, so that test (one email, one row)
 * does catch a consumer without the processed-messages check.
 */
class NonIdempotentConsumerIT {

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withPerMethodLifecycle(false);

    @RegisterExtension
    static final WireMockExtension enrollmentService = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
            .build();

    private static final TestTopology topology = TestTopology.unique();
    private static TestBroker broker;
    private static RunningNotificationService service;

    @BeforeAll
    static void startServiceWithoutTheProcessedCheck() {
        broker = TestBroker.connect();
        service = RunningNotificationService.start(topology, enrollmentService.baseUrl(), mail.getSmtp().getPort(),
                WithoutProcessedCheck.class);
        service.database().truncateAllTables();
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
        if (broker != null) {
            broker.delete(topology);
            broker.close();
        }
    }

    @Test
    void sendsASecondEmailWhenTheSameEventIsDeliveredTwice() {
        UUID learnerId = UUID.randomUUID();
        String recipient = "learner-" + learnerId.toString().substring(0, 8) + "@example.com";
        enrollmentService.stubFor(learnerLookup(learnerId, RunningNotificationService.SERVICE_TOKEN)
                .willReturn(learner(learnerId, recipient, "Ada")));
        EventMessages event = EventMessages.confirmed().learnerId(learnerId);

        broker.publish(topology.exchange(), event);
        broker.publish(topology.exchange(), event);

        await().atMost(Duration.ofSeconds(30)).until(() -> mail.getReceivedMessages().length == 2);
        assertThat(service.jdbc().sql("SELECT count(*) FROM sent_email").query(Integer.class).single())
                .as("nothing recorded, nothing checked").isZero();
    }

    /**
     * Test-only: a consumer without the processed-messages check, as if the table did not exist.
     * A plain class (not {@code @Configuration}) so component scanning never picks it up elsewhere.
     */
    static class WithoutProcessedCheck {

        @Bean
        @Primary
        ProcessedMessages noProcessedCheck() {
            return new ProcessedMessages() {
                @Override
                public boolean claim(UUID eventId, String type, Instant processedAt) {
                    return true;
                }

                @Override
                public void recordSent(UUID eventId, Email email, Instant sentAt) {
                    // keeps no record
                }
            };
        }
    }
}
