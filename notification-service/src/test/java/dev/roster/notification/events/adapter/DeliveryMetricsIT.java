package dev.roster.notification.events.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.learner;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.learnerLookup;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.unavailable;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.unknownLearner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.roster.notification.events.EventMessages;
import dev.roster.notification.testsupport.RunningNotificationService;
import dev.roster.notification.testsupport.TestBroker;
import dev.roster.notification.testsupport.TestTopology;
import dev.roster.testkit.metrics.PrometheusSamples;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The delivery counters as Prometheus scrapes them from the whole service (real RabbitMQ and PostgreSQL,
 * GreenMail, WireMock as enrollment-service): every series there at 0 as the service starts, and each
 * outcome moving its own series by one and no other.
 */
@Guards(Risk.OPERATOR_METRICS_MISSING)
class DeliveryMetricsIT {

    /** The series an operator's dashboards and alerts rely on (docs/operations.md): a contract with them. */
    private static final List<String> DELIVERIES = List.of(
            "roster_notification_emails_sent_total{type=\"EnrollmentConfirmed\"}",
            "roster_notification_emails_sent_total{type=\"EnrollmentCancelled\"}",
            "roster_notification_duplicates_skipped_total",
            "roster_notification_retried_total",
            "roster_notification_no_contact_total",
            "roster_notification_dead_lettered_total{reason=\"not_json\"}",
            "roster_notification_dead_lettered_total{reason=\"missing_field\"}",
            "roster_notification_dead_lettered_total{reason=\"invalid_field\"}",
            "roster_notification_dead_lettered_total{reason=\"unknown_type\"}",
            "roster_notification_dead_lettered_total{reason=\"unsupported_schema_version\"}",
            "roster_notification_dead_lettered_total{reason=\"delivery_limit\"}");
    private static final String SENT_CONFIRMED = DELIVERIES.get(0);

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
    /** Scraped as soon as the service started, before any message reached it. */
    private static PrometheusSamples atStart;

    @BeforeAll
    static void startService() {
        broker = TestBroker.connect();
        service = RunningNotificationService.start(topology, enrollmentService.baseUrl(), mail.getSmtp().getPort());
        atStart = scrape();
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
    void registersEveryDeliverySeriesAtZeroAsTheServiceStarts() {
        SoftAssertions softly = new SoftAssertions();
        for (String series : DELIVERIES) {
            softly.assertThat(atStart.value(series)).as(series).contains(0.0);
        }
        softly.assertAll();
    }

    @Test
    void countsEachDeliveryOutcomeOnceUnderItsOwnSeries() {
        UUID ada = UUID.randomUUID();
        enrollmentService.stubFor(learnerLookup(ada, TOKEN).willReturn(learner(ada, "ada@example.com", "Ada")));
        EventMessages confirmed = EventMessages.confirmed().learnerId(ada);

        expect(Map.of(SENT_CONFIRMED, 1.0), () -> broker.publish(topology.exchange(), confirmed));
        expect(Map.of("roster_notification_duplicates_skipped_total", 1.0),
                () -> broker.publish(topology.exchange(), confirmed));
        expect(Map.of("roster_notification_emails_sent_total{type=\"EnrollmentCancelled\"}", 1.0),
                () -> broker.publish(topology.exchange(), EventMessages.cancelled().learnerId(ada)));

        UUID stranger = UUID.randomUUID();
        enrollmentService.stubFor(learnerLookup(stranger, TOKEN).willReturn(unknownLearner()));
        expect(Map.of("roster_notification_no_contact_total", 1.0),
                () -> broker.publish(topology.exchange(), EventMessages.confirmed().learnerId(stranger)));

        expect(Map.of("roster_notification_dead_lettered_total{reason=\"not_json\"}", 1.0),
                () -> broker.publish(topology.exchange(), "enrollment.confirmed", "poison-" + UUID.randomUUID(),
                        "EnrollmentConfirmed", "{\"eventId\": \"cut short".getBytes(StandardCharsets.UTF_8)));
        expect(Map.of("roster_notification_dead_lettered_total{reason=\"unsupported_schema_version\"}", 1.0),
                () -> broker.publish(topology.exchange(),
                        EventMessages.confirmed().learnerId(ada).with("schemaVersion", 2)));

        UUID bob = UUID.randomUUID();
        unavailableOnce(bob);
        expect(Map.of("roster_notification_retried_total", 1.0, SENT_CONFIRMED, 1.0),
                () -> broker.publish(topology.exchange(), EventMessages.confirmed().learnerId(bob)));

        UUID cy = UUID.randomUUID();
        enrollmentService.stubFor(learnerLookup(cy, TOKEN).willReturn(aResponse().withStatus(400)));
        expect(Map.of("roster_notification_dead_lettered_total{reason=\"delivery_limit\"}", 1.0),
                () -> broker.publish(topology.exchange(), EventMessages.confirmed().learnerId(cy)));
    }

    @Test
    void recordsHttpClientAndServerLatencyInBucketsWithOneAtTheSlo() {
        UUID dee = UUID.randomUUID();
        enrollmentService.stubFor(learnerLookup(dee, TOKEN).willReturn(learner(dee, "dee@example.com", "Dee")));
        expect(Map.of(SENT_CONFIRMED, 1.0),
                () -> broker.publish(topology.exchange(), EventMessages.confirmed().learnerId(dee)));

        PrometheusSamples scrape = scrape(); // the scrapes before it were served, and timed, too

        assertThat(scrape.hasSeries("http_client_requests_seconds_bucket", Map.of("le", "0.3")))
                .as("the learner lookups, with a bucket at the 300 ms SLO").isTrue();
        assertThat(scrape.seriesCount("http_server_requests_seconds_bucket", Map.of("uri", "/actuator/prometheus")))
                .as("enough buckets between 5 ms and 30 s for percentiles").isGreaterThan(20);
    }

    /** enrollment-service fails every quick attempt of the first delivery, then answers. */
    private static void unavailableOnce(UUID learnerId) {
        String state = Scenario.STARTED;
        for (int attempt = 1; attempt <= RunningNotificationService.CONTACT_ATTEMPTS; attempt++) {
            String next = "failed " + attempt;
            enrollmentService.stubFor(learnerLookup(learnerId, TOKEN).inScenario("unavailable once " + learnerId)
                    .whenScenarioStateIs(state).willReturn(unavailable()).willSetStateTo(next));
            state = next;
        }
        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN).inScenario("unavailable once " + learnerId)
                .whenScenarioStateIs(state).willReturn(learner(learnerId, "bob@example.com", "Bob")));
    }

    /** Runs {@code action}; then these series move by these amounts, and every other delivery series stays. */
    private static void expect(Map<String, Double> moves, Runnable action) {
        Map<String, Double> before = values();
        Map<String, Double> expected = new LinkedHashMap<>(before);
        moves.forEach((series, by) -> expected.merge(series, by, Double::sum));

        action.run();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(values()).isEqualTo(expected));
    }

    private static Map<String, Double> values() {
        PrometheusSamples scrape = scrape();
        Map<String, Double> values = new LinkedHashMap<>();
        for (String series : DELIVERIES) {
            values.put(series, scrape.value(series).orElseThrow(() -> new AssertionError("no series " + series)));
        }
        return values;
    }

    private static PrometheusSamples scrape() {
        return PrometheusSamples.scrape("http://localhost:" + service.port() + "/actuator/prometheus");
    }
}
