package dev.roster.notification.events.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.learner;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.learnerLookup;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.learnerPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.roster.notification.events.EventMessages;
import dev.roster.notification.testsupport.CapturedLog;
import dev.roster.notification.testsupport.RunningNotificationService;
import dev.roster.notification.testsupport.TestBroker;
import dev.roster.notification.testsupport.TestTopology;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The service continues the trace an event message arrives in (its W3C {@code traceparent} header, which
 * enrollment-service's outbox relay sets): the contact lookup carries it on to enrollment-service, and the
 * delivery's log line has its trace id. The whole service against real RabbitMQ and PostgreSQL, GreenMail as
 * the SMTP server and WireMock as enrollment-service.
 */
@Guards(Risk.TRACE_BROKEN)
class DeliveryTraceIT {

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withPerMethodLifecycle(false);

    @RegisterExtension
    static final WireMockExtension enrollmentService = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
            .build();

    /** The W3C example trace, as the purchase's request would have it. */
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final TestTopology topology = TestTopology.unique();
    private static TestBroker broker;
    private static RunningNotificationService service;

    private final UUID learnerId = UUID.randomUUID();

    @BeforeAll
    static void startService() {
        broker = TestBroker.connect();
        service = RunningNotificationService.start(topology, enrollmentService.baseUrl(), mail.getSmtp().getPort());
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
    void continuesTheMessagesTraceInTheContactLookupAndTheDeliveryLogLine() {
        enrollmentService.stubFor(learnerLookup(learnerId, RunningNotificationService.SERVICE_TOKEN)
                .willReturn(learner(learnerId, "traced@example.com", "Ada")));
        EventMessages event = EventMessages.confirmed().learnerId(learnerId);

        try (CapturedLog log = CapturedLog.of(EnrollmentEventListener.class)) {
            broker.publish(topology.exchange(), event, Map.of("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01"));

            ILoggingEvent sent = await("the delivery's log line").atMost(PATIENCE).until(
                    () -> log.events().stream().filter(line -> line.getFormattedMessage().startsWith("Sent the")
                            && line.getFormattedMessage().contains(event.eventId().toString())).findFirst(),
                    java.util.Optional::isPresent).orElseThrow();
            assertThat(sent.getMDCPropertyMap()).containsEntry("traceId", TRACE_ID);
        }
        List<LoggedRequest> lookups = enrollmentService.findAll(getRequestedFor(urlPathEqualTo(learnerPath(learnerId))));
        assertThat(lookups).hasSize(1);
        assertThat(lookups.getFirst().getHeader("traceparent")).matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01");
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }
}
