package dev.roster.enrollment.outbox.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.outbox.adapter.TestBroker.Received;
import dev.roster.enrollment.outbox.adapter.TestBroker.TestQueue;
import dev.roster.enrollment.shared.Money;
import dev.roster.enrollment.testsupport.Api;
import dev.roster.testkit.amqp.RealRabbitMq;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * One purchase's trace through enrollment-service as it runs: the request over HTTP, the charge at the payment
 * provider (WireMock), the outbox row, and the message the relay publishes later on its own thread (real
 * RabbitMQ). Every hop must carry the same W3C trace id, so notification-service can continue it. The context
 * has a database and an exchange of its own, and is closed after the class, relay and all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"roster.purchase.reconciliation-enabled=false",
                "roster.outbox.poll-interval=100ms",
                "roster.outbox.initial-backoff=100ms",
                "roster.outbox.max-backoff=1s",
                // a cold JVM on a busy machine must not turn the one charge into a retry
                "roster.payment.read-timeout=10s",
                "roster.payment.budget=30s"})
@ContextConfiguration(initializers = {OwnDatabaseInitializer.class, PurchaseTraceIT.BrokerExchangeAndProvider.class})
@DirtiesContext
@Guards(Risk.TRACE_BROKEN)
class PurchaseTraceIT {

    static final String EXCHANGE = "roster.enrollment.test." + UUID.randomUUID();
    static final WireMockServer PROVIDER = startedProvider();
    /** A W3C traceparent: version, trace id, parent span id, flags (sampled; a trace started here is also "random"). */
    static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-0[13]");

    @Value("${local.server.port}") int port;
    @Autowired Courses courses;
    @Autowired DataSource dataSource;

    TestBroker broker;
    TestQueue queue;
    RestTestClient http;
    String token;
    Course course;

    @BeforeEach
    void aLearnerACourseAProviderThatChargesAndAQueueBoundToTheExchange() {
        broker = TestBroker.connect();
        broker.exchangeNamed(EXCHANGE);
        queue = broker.bindQueue(EXCHANGE);
        PROVIDER.resetAll();
        PROVIDER.stubFor(post("/v1/charges").willReturn(okJson("""
                {"id": "ch_traced", "object": "charge", "status": "succeeded"}""")));
        Api api = new Api(port);
        http = api.http();
        token = api.learnerToken("traced-" + UUID.randomUUID() + "@example.com");
        course = aCourse().withPrice(Money.of(100_00, "EUR")).withCapacity(10).build();
        courses.addIfAbsent(course);
    }

    @AfterEach
    void removeTheExchange() {
        broker.close();
    }

    @AfterAll
    static void stopTheProvider() {
        PROVIDER.stop();
    }

    @Test
    void continuesTheCallersTraceToTheProviderTheOutboxAndTheMessage() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        String enrollmentId = buy("00-" + traceId + "-00f067aa0ba902b7-01");

        assertThat(traceIdOf(traceparentAtTheProvider())).isEqualTo(traceId);
        assertThat(traceIdOf(storedTraceparent(enrollmentId))).isEqualTo(traceId);
        assertThat(traceIdOf(traceparentOfTheMessage(enrollmentId))).isEqualTo(traceId);
    }

    @Test
    void startsATraceForAPurchaseThatArrivesWithoutOneAndCarriesItThroughEveryHop() {
        String enrollmentId = buy(null);

        String traceId = traceIdOf(traceparentAtTheProvider());
        assertThat(traceIdOf(storedTraceparent(enrollmentId))).isEqualTo(traceId);
        assertThat(traceIdOf(traceparentOfTheMessage(enrollmentId))).isEqualTo(traceId);
    }

    /** Buys a seat (201, confirmed) and returns the enrollment's id. */
    private String buy(String traceparent) {
        var request = http.post().uri("/api/v1/enrollments").header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON);
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        byte[] body = request.body(Map.of("courseId", course.id().toString(), "paymentToken", "tok_visa"))
                .exchange().expectStatus().isCreated()
                .expectBody().returnResult().getResponseBodyContent();
        return Api.json(body).get("id").asString();
    }

    /** What the provider saw of this test's one purchase: every attempt (a retry included) in one trace. */
    private static String traceparentAtTheProvider() {
        List<String> traceparents = PROVIDER.findAll(postRequestedFor(urlEqualTo("/v1/charges"))).stream()
                .map(charge -> charge.getHeader("traceparent")).toList();
        assertThat(traceparents).isNotEmpty();
        assertThat(traceparents.stream().map(PurchaseTraceIT::traceIdOf).distinct()).hasSize(1);
        return traceparents.getFirst();
    }

    private String storedTraceparent(String enrollmentId) {
        return JdbcClient.create(dataSource)
                .sql("SELECT traceparent FROM outbox_event WHERE aggregate_id = CAST(:id AS uuid) AND type = 'EnrollmentConfirmed'")
                .param("id", enrollmentId)
                .query((row, number) -> row.getString("traceparent")).list().getFirst();
    }

    private String traceparentOfTheMessage(String enrollmentId) {
        Received message = queue.awaitAtLeast(1).stream()
                .filter(received -> received.body().contains(enrollmentId))
                .findFirst().orElseThrow();
        Object header = message.properties().getHeaders() == null ? null
                : message.properties().getHeaders().get("traceparent");
        return header == null ? null : header.toString();
    }

    private static String traceIdOf(String traceparent) {
        assertThat(traceparent).as("a W3C traceparent").isNotNull().matches(TRACEPARENT);
        Matcher matcher = TRACEPARENT.matcher(traceparent);
        assertThat(matcher.matches()).isTrue();
        return matcher.group(1);
    }

    private static WireMockServer startedProvider() {
        WireMockServer provider = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        provider.start();
        return provider;
    }

    /** The test JVM's RabbitMQ with an exchange no other test uses, and the WireMock provider. */
    static class BrokerExchangeAndProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(RealRabbitMq.shared().springProperties())
                    .and("roster.outbox.exchange=" + EXCHANGE)
                    .and("roster.payment.base-url=" + PROVIDER.baseUrl())
                    .applyTo(context.getEnvironment());
        }
    }
}
