package dev.roster.notification.events.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.learner;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.learnerLookup;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.learnerPath;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.unavailable;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.unknownLearner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.rabbitmq.client.GetResponse;
import dev.roster.notification.events.EventMessages;
import dev.roster.notification.testsupport.RunningNotificationService;
import dev.roster.notification.testsupport.TestBroker;
import dev.roster.notification.testsupport.TestTopology;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole service against a real RabbitMQ and PostgreSQL, GreenMail as the SMTP server and
 * WireMock as enrollment-service: events in, email out, exactly once per event id.
 */
class NotificationDeliveryIT {

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withPerMethodLifecycle(false);

    @RegisterExtension
    static final WireMockExtension enrollmentService = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
            .build();

    private static final String TOKEN = RunningNotificationService.SERVICE_TOKEN;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final TestTopology topology = TestTopology.unique();
    private static TestBroker broker;
    private static RunningNotificationService service;

    private final UUID learnerId = UUID.randomUUID();
    private final String recipient = "learner-" + learnerId.toString().substring(0, 8) + "@example.com";

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

    @BeforeEach
    void startFromNothing() throws Exception {
        service.database().truncateAllTables();
        broker.purge(topology);
        mail.purgeEmailFromAllMailboxes();
    }

    @Test
    @Guards({Risk.CRITICAL_JOURNEY_BROKEN, Risk.DUPLICATE_EVENT_SECOND_EMAIL})
    void sendsTheConfirmationWithTheEventIdAsMessageId() throws Exception {
        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN).willReturn(learner(learnerId, recipient, "Ada")));
        EventMessages event = EventMessages.confirmed().learnerId(learnerId);

        broker.publish(topology.exchange(), event);

        MimeMessage email = awaitEmails(1).getFirst();
        assertThat(email.getMessageID()).isEqualTo("<" + event.eventId() + "@roster.local>");
        assertThat(email.getSubject()).isEqualTo("Your seat in PostgreSQL for application developers is confirmed");
        assertThat(email.getFrom()).extracting(Object::toString).containsExactly("Roster <no-reply@roster.local>");
        assertThat(partsOf(email)).containsKeys("text/plain", "text/html");
        assertThat(partsOf(email).get("text/plain")).contains("Hello Ada,").contains("Amount paid: 129.00 EUR");
        assertThat(service.jdbc().sql("SELECT message_id FROM sent_email WHERE event_id = ?")
                .param(event.eventId()).query(String.class).single())
                .isEqualTo(email.getMessageID());
        assertThat(service.jdbc().sql("SELECT type FROM processed_message WHERE event_id = ?")
                .param(event.eventId()).query(String.class).single())
                .isEqualTo("EnrollmentConfirmed");
    }

    @Test
    void sendsTheCancellationEmailForACancelledEvent() throws Exception {
        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN).willReturn(learner(learnerId, recipient, "Ada")));
        EventMessages event = EventMessages.cancelled().learnerId(learnerId);

        broker.publish(topology.exchange(), event);

        MimeMessage email = awaitEmails(1).getFirst();
        assertThat(email.getSubject()).isEqualTo("Your enrollment in PostgreSQL for application developers was cancelled");
        assertThat(partsOf(email).get("text/plain")).contains("Amount refunded: 129.00 EUR");
        assertThat(email.getMessageID()).isEqualTo("<" + event.eventId() + "@roster.local>");
    }

    @Test
    @Guards(Risk.DUPLICATE_EVENT_SECOND_EMAIL)
    void sendsOneEmailWhenTheSameEventIsDeliveredTwice() throws Exception {
        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN).willReturn(learner(learnerId, recipient, "Ada")));
        EventMessages event = EventMessages.confirmed().learnerId(learnerId);
        double duplicatesBefore = service.counter(DeliveryMetrics.DUPLICATES);

        broker.publish(topology.exchange(), event);
        broker.publish(topology.exchange(), event);

        await().atMost(PATIENCE).until(() -> service.counter(DeliveryMetrics.DUPLICATES) == duplicatesBefore + 1);
        assertThat(emailsTo(recipient)).as("emails").hasSize(1);
        assertThat(rowsFor("sent_email", event.eventId())).isEqualTo(1);
        assertThat(rowsFor("processed_message", event.eventId())).isEqualTo(1);
        enrollmentService.verify(1, getRequestedFor(urlPathEqualTo(learnerPath(learnerId))));
    }

    @Test
    @Guards({Risk.EVENT_SCHEMA_DRIFT, Risk.POISON_MESSAGE_NOT_DEAD_LETTERED})
    void deadLettersPoisonMessagesAndDeliversTheNextOne() throws Exception {
        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN).willReturn(learner(learnerId, recipient, "Ada")));
        byte[] notJson = "{\"eventId\": \"cut short".getBytes(StandardCharsets.UTF_8);
        EventMessages fromTheFuture = EventMessages.confirmed().learnerId(learnerId).with("schemaVersion", 2);
        EventMessages good = EventMessages.confirmed().learnerId(learnerId);
        double deadLetteredBefore = service.counter(DeliveryMetrics.DEAD_LETTERED);

        broker.publish(topology.exchange(), "enrollment.confirmed", "poison-" + UUID.randomUUID(),
                "EnrollmentConfirmed", notJson);
        broker.publish(topology.exchange(), fromTheFuture);
        broker.publish(topology.exchange(), good);

        MimeMessage email = awaitEmails(1).getFirst();
        assertThat(email.getMessageID()).contains(good.eventId().toString());
        await().atMost(PATIENCE).until(() -> broker.messageCount(topology.deadLetterQueue()) == 2);
        List<byte[]> deadLettered = List.of(takeDeadLettered().getBody(), takeDeadLettered().getBody());
        assertThat(deadLettered).containsExactlyInAnyOrder(notJson, fromTheFuture.bytes());
        assertThat(service.counter(DeliveryMetrics.DEAD_LETTERED)).isEqualTo(deadLetteredBefore + 2);
        assertThat(rowsFor("processed_message", fromTheFuture.eventId())).isZero();
    }

    @Test
    @Guards(Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY)
    void retriesWhileEnrollmentServiceIsUnavailableThenDeliversOnce() throws Exception {
        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN).willReturn(unavailable()));
        EventMessages event = EventMessages.confirmed().learnerId(learnerId);
        double retriedBefore = service.counter(DeliveryMetrics.RETRIED);
        int moreThanTheDeliveryLimit = RunningNotificationService.DELIVERY_LIMIT + 2;

        broker.publish(topology.exchange(), event);

        await().atMost(PATIENCE).until(() -> service.counter(DeliveryMetrics.RETRIED)
                >= retriedBefore + moreThanTheDeliveryLimit);
        assertThat(emailsTo(recipient)).isEmpty();
        assertThat(rowsFor("processed_message", event.eventId())).as("nothing recorded while failing").isZero();
        assertThat(broker.messageCount(topology.deadLetterQueue()))
                .as("temporary failures do not count towards the delivery limit").isZero();

        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN).willReturn(learner(learnerId, recipient, "Ada")));

        MimeMessage email = awaitEmails(1).getFirst();
        assertThat(email.getMessageID()).isEqualTo("<" + event.eventId() + "@roster.local>");
        assertThat(rowsFor("sent_email", event.eventId())).isEqualTo(1);
        assertThat(enrollmentService.findAll(getRequestedFor(urlPathEqualTo(learnerPath(learnerId)))).size())
                .as("quick attempts per delivery, every delivery after a pause in the retry queue")
                .isGreaterThanOrEqualTo(moreThanTheDeliveryLimit * RunningNotificationService.CONTACT_ATTEMPTS + 1);
    }

    @Test
    @Guards(Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY)
    void retriesWhileEnrollmentServiceDropsConnectionsThenDelivers() throws Exception {
        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        EventMessages event = EventMessages.confirmed().learnerId(learnerId);
        double retriedBefore = service.counter(DeliveryMetrics.RETRIED);

        broker.publish(topology.exchange(), event);

        await().atMost(PATIENCE).until(() -> service.counter(DeliveryMetrics.RETRIED) >= retriedBefore + 2);
        assertThat(emailsTo(recipient)).isEmpty();

        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN).willReturn(learner(learnerId, recipient, "Ada")));

        assertThat(awaitEmails(1)).hasSize(1);
        assertThat(broker.messageCount(topology.deadLetterQueue())).isZero();
    }

    @Test
    void recordsAnEventForAnUnknownLearnerWithoutSending() {
        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN).willReturn(unknownLearner()));
        EventMessages event = EventMessages.confirmed().learnerId(learnerId);

        broker.publish(topology.exchange(), event);

        await().atMost(PATIENCE).until(() -> rowsFor("processed_message", event.eventId()) == 1);
        assertThat(rowsFor("sent_email", event.eventId())).isZero();
        assertThat(emailsTo(recipient)).isEmpty();
        assertThat(broker.messageCount(topology.deadLetterQueue())).isZero();
        assertThat(broker.messageCount(topology.retryQueue())).isZero();
    }

    @Test
    @Guards(Risk.POISON_MESSAGE_NOT_DEAD_LETTERED)
    void deadLettersAfterTheDeliveryLimitWhenDeliveryFailsUnexpectedly() {
        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN).willReturn(aResponse().withStatus(400)));
        EventMessages event = EventMessages.confirmed().learnerId(learnerId);

        broker.publish(topology.exchange(), event);

        await().atMost(PATIENCE).until(() -> broker.messageCount(topology.deadLetterQueue()) == 1);
        assertThat(new String(takeDeadLettered().getBody(), StandardCharsets.UTF_8)).isEqualTo(event.json());
        enrollmentService.verify(RunningNotificationService.DELIVERY_LIMIT + 1,
                getRequestedFor(urlPathEqualTo(learnerPath(learnerId))));
        assertThat(service.counter(DeliveryMetrics.DEAD_LETTERED, "reason", "delivery_limit")).isPositive();
        assertThat(rowsFor("processed_message", event.eventId())).isZero();
    }

    private List<MimeMessage> awaitEmails(int count) {
        await().atMost(PATIENCE).until(() -> emailsTo(recipient).size() >= count);
        return emailsTo(recipient);
    }

    private static List<MimeMessage> emailsTo(String address) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(to -> to.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static Map<String, String> partsOf(MimeMessage email) throws Exception {
        var parts = new java.util.HashMap<String, String>();
        collectParts(email.getContent(), parts);
        return parts;
    }

    private static void collectParts(Object content, Map<String, String> parts) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.getContent() instanceof Multipart nested) {
                    collectParts(nested, parts);
                } else {
                    parts.put(part.getContentType().split(";")[0].strip().toLowerCase(), part.getContent().toString());
                }
            }
        }
    }

    private static GetResponse takeDeadLettered() {
        return broker.take(topology.deadLetterQueue()).orElseThrow();
    }

    private static int rowsFor(String table, UUID eventId) {
        return service.jdbc().sql("SELECT count(*) FROM " + table + " WHERE event_id = ?")
                .param(eventId).query(Integer.class).single();
    }
}
