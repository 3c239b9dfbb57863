package dev.roster.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.roster.testkit.amqp.RealRabbitMq;
import dev.roster.testkit.db.RealPostgres;
import dev.roster.testkit.invariants.PurchaseInvariants;
import dev.roster.testkit.invariants.SandboxCharges;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The critical journey across the real running jars: the payment sandbox, enrollment-service and
 * notification-service, each its own process, with real PostgreSQL, real RabbitMQ and an SMTP
 * server (GreenMail) standing in for the mail provider. A learner signs up, logs in, browses,
 * gets a quote, buys a seat, and receives exactly one confirmation email.
 */
@Guards(Risk.CRITICAL_JOURNEY_BROKEN)
class BuyASeatE2E {

    private static final String SERVICE_TOKEN = "e2e-service-token-" + UUID.randomUUID();
    private static final String SANDBOX_KEY = "sk_test_e2e";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final List<RunningJar> running = new ArrayList<>();
    private static final NotificationSettings messaging = new NotificationSettings();
    private static RealRabbitMq broker;
    private static GreenMail smtp;
    private static RealPostgres.Database enrollmentDb;
    private static RunningJar enrollment;
    private static RunningJar sandbox;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheSystem() {
        broker = RealRabbitMq.shared();
        enrollmentDb = RealPostgres.shared().createDatabase("roster_e2e_enrollment");
        RealPostgres.Database notificationDb = RealPostgres.shared().createDatabase("roster_e2e_notification");
        smtp = new GreenMail(new ServerSetup(RunningJar.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        sandbox = start("payment-sandbox", "payment-sandbox/target/payment-sandbox-exec.jar", "/actuator/health",
                List.of("--sandbox.api-key=" + SANDBOX_KEY));
        List<String> enrollmentArguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + enrollmentDb.jdbcUrl(),
                "--spring.datasource.username=" + enrollmentDb.username(),
                "--spring.datasource.password=" + enrollmentDb.password(),
                "--roster.payment.base-url=" + sandbox.url(),
                "--roster.payment.api-key=" + SANDBOX_KEY,
                "--roster.service-token=" + SERVICE_TOKEN,
                "--roster.admin.email=admin@e2e.local",
                "--roster.admin.password=E2e-Admin-Pass-1",
                "--roster.outbox.exchange=" + messaging.exchange,
                // metrics live on the management port; any free one, so runs never collide
                "--management.server.port=0"));
        enrollmentArguments.addAll(List.of(broker.springProperties()).stream().map(p -> "--" + p).toList());
        enrollment = start("enrollment-service", "enrollment-service/target/enrollment-service-exec.jar",
                "/readyz", enrollmentArguments);

        List<String> notificationArguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + notificationDb.jdbcUrl(),
                "--spring.datasource.username=" + notificationDb.username(),
                "--spring.datasource.password=" + notificationDb.password(),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort()));
        notificationArguments.addAll(messaging.arguments(enrollment.url(), SERVICE_TOKEN));
        notificationArguments.addAll(List.of(broker.springProperties()).stream().map(p -> "--" + p).toList());
        start("notification-service", "notification-service/target/notification-service-exec.jar",
                "/actuator/health", notificationArguments);
    }

    private static RunningJar start(String name, String jar, String health, List<String> arguments) {
        RunningJar jarProcess = RunningJar.start(name, ROOT.resolve(jar), RunningJar.freePort(), health, arguments);
        running.add(jarProcess);
        return jarProcess;
    }

    @AfterAll
    static void stopTheSystem() throws Exception {
        running.reversed().forEach(RunningJar::close);
        if (smtp != null) {
            smtp.stop();
        }
        if (broker != null) {
            messaging.removeFrom(broker);
        }
    }

    @Test
    void aLearnerBuysASeatAndGetsExactlyOneConfirmationEmail() throws Exception {
        String admin = token("admin@e2e.local", "E2e-Admin-Pass-1");
        String courseId = send("POST", "/api/v1/admin/courses", admin, """
                {"code":"E2E-101","title":"Testing journeys end to end","price":{"amount":"120.00","currency":"EUR"},
                 "capacity":5,"startsAt":"2030-01-01T09:00:00Z","status":"OPEN"}""", 201).get("id").asString();
        send("POST", "/api/v1/learners", null,
                "{\"email\":\"ada@example.com\",\"name\":\"Ada\",\"password\":\"Correct-Horse-9\"}", 201);
        String ada = token("ada@example.com", "Correct-Horse-9");

        JsonNode catalog = send("GET", "/api/v1/courses", null, null, 200);
        assertThat(catalog.get("items").valueStream().map(c -> c.get("id").asString())).contains(courseId);
        JsonNode quote = send("GET", "/api/v1/courses/" + courseId + "/quote", ada, null, 200);
        assertThat(quote.get("total").asString()).isEqualTo("109.00");

        JsonNode enrollmentBody = send("POST", "/api/v1/enrollments", ada,
                "{\"courseId\":\"" + courseId + "\",\"paymentToken\":\"tok_visa\"}", 201, "journey-purchase-1");
        assertThat(enrollmentBody.get("status").asString()).isEqualTo("CONFIRMED");

        Awaitility.await("the confirmation email").atMost(Duration.ofSeconds(60))
                .until(() -> mailTo("ada@example.com").size() == 1);
        // and no second one follows, however the broker redelivers
        Awaitility.await("exactly one email").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> mailTo("ada@example.com").size() == 1);
        MimeMessage mail = mailTo("ada@example.com").getFirst();
        assertThat(mail.getSubject()).contains("Testing journeys end to end");

        PurchaseInvariants.assertHold(enrollmentDb.dataSource(), SandboxCharges.fetch(URI.create(sandbox.url()), SANDBOX_KEY));
    }

    private static List<MimeMessage> mailTo(String recipient) throws Exception {
        List<MimeMessage> messages = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (List.of(message.getAllRecipients()).stream().anyMatch(a -> a.toString().contains(recipient))) {
                messages.add(message);
            }
        }
        return messages;
    }

    private String token(String email, String password) throws Exception {
        return send("POST", "/api/v1/sessions", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", 201).get("token").asString();
    }

    private JsonNode send(String method, String path, String token, String body, int expected) throws Exception {
        return send(method, path, token, body, expected, null);
    }

    private JsonNode send(String method, String path, String token, String body, int expected, String key)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(enrollment.url() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s answered %s", method, path, response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }
}
