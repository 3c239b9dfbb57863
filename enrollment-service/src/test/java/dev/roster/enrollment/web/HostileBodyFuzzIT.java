package dev.roster.enrollment.web;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static dev.roster.enrollment.pricing.domain.CouponFixtures.aCoupon;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.identity.application.IdentityService;
import dev.roster.enrollment.pricing.application.Coupons;
import dev.roster.enrollment.testsupport.Api;
import dev.roster.enrollment.testsupport.RawHttp;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * Thousands of generated hostile requests ({@link HostileRequests}) to every endpoint that takes
 * input, with real tokens, so the authenticated paths are exercised and not only their 401. Every
 * answer must be below 500; every refusal an RFC 9457 problem with a {@code code}; no body may
 * carry a stack trace or an exception's name; and the service must log no ERROR meanwhile.
 *
 * <p>The seed is fixed so a failure replays; {@code -Droster.fuzz.seed=N} explores other seeds.
 */
@ServiceIT
@Guards(Risk.BAD_INPUT_ANSWERS_5XX)
class HostileBodyFuzzIT {

    private static final long SEED = Long.getLong("roster.fuzz.seed", 20_261_203L);
    private static final int REQUESTS = 2_500;
    private static final List<String> LEAKS = List.of("at dev.roster", "Exception", "org.springframework",
            "tools.jackson", "at java.", "org.postgresql", "SQLState");

    @Value("${local.server.port}") int port;
    @Autowired IdentityService identity;
    @Autowired Courses courses;
    @Autowired Coupons coupons;

    @Test
    void answersEveryHostileRequestBelow500WithAProblemAndNoStackTrace() {
        TestDatabase.emptied();
        Api api = new Api(port);
        Map<HostileRequests.As, String> tokens = Map.of(
                HostileRequests.As.LEARNER, api.learnerToken("ada@example.com"),
                HostileRequests.As.ADMIN, api.adminToken(identity),
                HostileRequests.As.SPARE_SESSION, api.logIn("ada@example.com", Api.PASSWORD));
        HostileRequests requests = new HostileRequests(SEED, fixtures(api, tokens.get(HostileRequests.As.LEARNER)));
        RawHttp http = new RawHttp(port);
        ListAppender<ILoggingEvent> log = listening();

        List<String> violations = new ArrayList<>();
        Map<String, int[]> answered = new TreeMap<>();
        try {
            for (int i = 0; i < REQUESTS; i++) {
                HostileRequests.Request request = requests.next(i);
                RawHttp.Answer answer = http.send(request.endpoint().method(), request.pathAndQuery(),
                        tokens.get(request.as()), request.headers(), request.body());
                String violation = judge(answer);
                if (violation != null) {
                    violations.add("#" + i + " " + request.describe() + "\n    -> " + answer.status() + " "
                            + violation + ": " + abbreviated(answer.body()));
                }
                int[] counts = answered.computeIfAbsent(request.endpoint().name(), name -> new int[2]);
                counts[0]++;
                counts[1] += answer.status() == 401 || answer.status() == 403 ? 0 : 1;
            }
        } finally {
            rootLogger().detachAppender(log);
        }

        assertThat(violations).as("seed %d: %d of %d hostile requests answered wrongly", SEED, violations.size(),
                REQUESTS).isEmpty();
        assertThat(log.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .as("seed %d: ERROR lines logged while answering hostile requests", SEED)
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        // log-out revokes the spare session the first time it gets through; every other endpoint keeps its token
        assertThat(answered).as("every endpoint was tried, and got past authentication")
                .hasSameSizeAs(requests.endpoints())
                .allSatisfy((endpoint, counts) -> assertThat(counts[1]).as(endpoint)
                        .isGreaterThanOrEqualTo(endpoint.equals("log-out") ? 1 : 20));
    }

    /** What is wrong with an answer to a hostile request, or null when nothing is. */
    private static String judge(RawHttp.Answer answer) {
        if (answer.status() >= 500) {
            return "a server error";
        }
        for (String leak : LEAKS) {
            if (answer.body().contains(leak)) {
                return "internals leaked (" + leak + ")";
            }
        }
        if (answer.status() < 400) {
            return null;
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            return "not a problem document but " + answer.contentType();
        }
        try {
            JsonNode problem = Api.json(answer.body().getBytes(StandardCharsets.UTF_8));
            return problem.path("code").asString("").isEmpty() ? "a problem without a code" : null;
        } catch (RuntimeException notJson) {
            return "a problem document that is not JSON";
        }
    }

    /** Ids of real things, so hostile requests reach past "not found" into the code that uses them. */
    private HostileRequests.Fixtures fixtures(Api api, String learnerToken) {
        Course course = courses.add(aCourse().withCode("FUZZ-SEATS").withCapacity(10_000).build());
        Course patched = courses.add(aCourse().withCode("FUZZ-PATCH").build());
        coupons.add(aCoupon().withCode("WELCOME").validBetween(Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2028-01-01T00:00:00Z")).withRedemptions(0, 1_000_000).build());
        byte[] bought = api.http().post().uri("/api/v1/enrollments").header("Authorization", "Bearer " + learnerToken)
                .header("Idempotency-Key", "fuzz-setup").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("courseId", course.id().toString(), "paymentToken", "tok_visa"))
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBodyContent();
        byte[] me = api.http().get().uri("/api/v1/learners/me").header("Authorization", "Bearer " + learnerToken)
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();
        return new HostileRequests.Fixtures(course.id().toString(), patched.id().toString(),
                Api.json(me).get("id").asString(), Api.json(bought).get("id").asString());
    }

    private static ListAppender<ILoggingEvent> listening() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        rootLogger().addAppender(appender);
        return appender;
    }

    private static Logger rootLogger() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static String abbreviated(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "...";
    }
}
