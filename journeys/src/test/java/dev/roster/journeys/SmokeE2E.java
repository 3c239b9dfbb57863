package dev.roster.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.smoke.Smoke;
import dev.roster.testkit.db.RealPostgres;
import dev.roster.testkit.invariants.PurchaseInvariants;
import dev.roster.testkit.invariants.SandboxCharges;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./roster smoke} against the real jars (payment sandbox and enrollment-service, each its own
 * process on loopback), as an operator runs it after a deployment: every check passes, the purchase
 * included, and leaves the data consistent; against an address where nothing listens it fails at
 * the first check and says which.
 *
 * <p>The time limit is raised from the default 30 s: a just-started JVM on a busy build machine is
 * slower than a warm deployment, and this test is about what the smoke checks, not how fast.
 */
@Guards(Risk.CRITICAL_JOURNEY_BROKEN)
class SmokeE2E {

    private static final String SANDBOX_KEY = "sk_test_smoke";
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<RunningJar> running = new ArrayList<>();
    private static RealPostgres.Database database;
    private static RunningJar sandbox;
    private static RunningJar enrollment;

    @BeforeAll
    static void startTheSystem() throws Exception {
        database = RealPostgres.shared().createDatabase("roster_e2e_smoke");
        sandbox = start("payment-sandbox-smoke", "payment-sandbox/target/payment-sandbox-exec.jar", "/actuator/health",
                List.of("--sandbox.api-key=" + SANDBOX_KEY));
        enrollment = start("enrollment-service-smoke", "enrollment-service/target/enrollment-service-exec.jar", "/readyz",
                List.of("--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--roster.payment.base-url=" + sandbox.url(),
                        "--roster.payment.api-key=" + SANDBOX_KEY,
                        "--roster.service-token=smoke-e2e-" + UUID.randomUUID(),
                        "--roster.admin.email=admin@smoke.local",
                        "--roster.admin.password=Smoke-Admin-Pass-1",
                        // no notification-service here: the events stay in the outbox
                        "--roster.outbox.relay-enabled=false",
                        "--management.server.port=0"));
        openACourse();
    }

    private static RunningJar start(String name, String jar, String health, List<String> arguments) {
        RunningJar process = RunningJar.start(name, ROOT.resolve(jar), RunningJar.freePort(), health, arguments);
        running.add(process);
        return process;
    }

    @AfterAll
    static void stopTheSystem() {
        running.reversed().forEach(RunningJar::close);
    }

    @Test
    void passesEveryCheckIncludingAPurchaseAndItsCancel() throws Exception {
        Run smoke = smoke(enrollment.url(), "--purchase", "--time-limit", "120");

        assertThat(smoke.exit()).as(smoke.output()).isEqualTo(Smoke.PASSED);
        assertThat(smoke.output()).contains(
                "ok    readiness", "ok    catalog", "ok    front page", "ok    sign-up", "ok    log-in",
                "ok    quote", "ok    purchase", "ok    purchase replay", "ok    cancel", "ok    log-out",
                "smoke: all ");
        assertThat(smoke.output()).doesNotContain("FAIL");
        PurchaseInvariants.assertHold(database.dataSource(), SandboxCharges.fetch(URI.create(sandbox.url()), SANDBOX_KEY));
    }

    @Test
    void failsAtTheFirstCheckNamingItWhenNothingAnswers() {
        String nowhere = "http://127.0.0.1:" + RunningJar.freePort();

        Run smoke = smoke(nowhere, "--purchase");

        assertThat(smoke.exit()).as(smoke.output()).isEqualTo(Smoke.FAILED);
        assertThat(smoke.output()).contains("FAIL  readiness", "GET /readyz: cannot connect to " + nowhere,
                "smoke: FAILED after 0 checks passed");
        assertThat(smoke.output()).doesNotContain("catalog");
    }

    private record Run(int exit, String output) {
    }

    private static Run smoke(String... args) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = Smoke.run(List.of(args), new PrintStream(printed, true, StandardCharsets.UTF_8));
        return new Run(exit, printed.toString(StandardCharsets.UTF_8));
    }

    /** The catalog of a fresh deployment is empty; the smoke needs one open course to quote and buy. */
    private static void openACourse() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String login = post(http, "/api/v1/sessions", null,
                "{\"email\":\"admin@smoke.local\",\"password\":\"Smoke-Admin-Pass-1\"}");
        String token = JsonMapper.builder().build().readTree(login).get("token").asString();
        post(http, "/api/v1/admin/courses", token, """
                {"code":"SMOKE-1","title":"Smoke-tested course","price":{"amount":"50.00","currency":"EUR"},
                 "capacity":5,"startsAt":"2030-01-01T09:00:00Z","status":"OPEN"}""");
    }

    private static String post(HttpClient http, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(enrollment.url() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(201);
        return response.body();
    }
}
