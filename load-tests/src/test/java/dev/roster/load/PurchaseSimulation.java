package dev.roster.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@value #DEFAULT_USERS} learners buying seats at once for a bounded time, each with a fresh
 * Idempotency-Key per purchase. Courses have fewer seats than there are learners, so some
 * purchases meet full courses (409), as on a popular launch day. The SLO is asserted at the end;
 * the invariants are checked by {@link CheckInvariants} after the run.
 *
 * <p>System properties: {@code roster.load.baseUrls} (comma-separated, one per enrollment-service
 * instance; {@link LoadTargets}), {@code roster.load.users},
 * {@code roster.load.seconds}, {@code roster.load.courses}, {@code roster.load.capacity},
 * {@code roster.load.p99Millis}, {@code roster.load.pauseMillis}, {@code roster.load.adminEmail}, {@code roster.load.adminPassword}.
 */
public class PurchaseSimulation extends Simulation {

    static final int DEFAULT_USERS = 32;

    private static final List<String> BASE_URLS = LoadTargets.baseUrls();
    private static final int USERS = Integer.getInteger("roster.load.users", DEFAULT_USERS);
    private static final Duration DURATION = Duration.ofSeconds(Long.getLong("roster.load.seconds", 30));
    private static final int COURSES = Integer.getInteger("roster.load.courses", 400);
    private static final int CAPACITY = Integer.getInteger("roster.load.capacity", 24);
    /**
     * The purchase SLO (issue 12): p99 under 300 ms for 32 concurrent buyers, with the load generator, the
     * services, PostgreSQL and RabbitMQ sharing this machine kind's 2 cores. This machine does not meet it
     * today; docs/performance.md has the measured figure and the profile that shows why. It stays the target.
     */
    private static final int P99_MILLIS = Integer.getInteger("roster.load.p99Millis", 300);
    /** A pause between one learner's purchases; 0 (the default) buys as fast as answers come. */
    private static final Duration PAUSE = Duration.ofMillis(Long.getLong("roster.load.pauseMillis", 0));

    private final LoadSetup.Prepared prepared = new LoadSetup(BASE_URLS.getFirst()).prepare(
            System.getProperty("roster.load.adminEmail", "load-admin@roster.local"),
            System.getProperty("roster.load.adminPassword", "Load-Admin-2026"),
            COURSES, CAPACITY, USERS);

    private final AtomicInteger nextLearner = new AtomicInteger();

    private final Iterator<Map<String, Object>> learners = Stream.generate(() -> {
        int learner = nextLearner.getAndIncrement();
        return Map.<String, Object>of("token", prepared.learnerTokens().get(learner % USERS), "learner", learner);
    }).iterator();

    private final HttpProtocolBuilder protocol = http.baseUrls(BASE_URLS)
            .contentTypeHeader("application/json")
            .acceptHeader("application/json");

    private final ScenarioBuilder buyers = scenario("learners buying seats")
            .feed(learners)
            .exec(session -> session.set("n", 0))
            .exec(during(DURATION).on(
                    exec(session -> {
                        int n = session.getInt("n");
                        List<String> courses = prepared.courseIds();
                        // each learner walks the courses from its own starting point, so courses fill unevenly
                        String course = courses.get((session.getInt("learner") * 7 + n) % courses.size());
                        return session.set("n", n + 1).set("courseId", course).set("key", UUID.randomUUID().toString());
                    })
                    .exec(http("purchase")
                            .post("/api/v1/enrollments")
                            .header("Authorization", "Bearer #{token}")
                            .header("Idempotency-Key", "#{key}")
                            .body(StringBody("{\"courseId\":\"#{courseId}\",\"paymentToken\":\"tok_visa\"}"))
                            .check(status().in(201, 409)))
                    .pause(PAUSE)));

    {
        setUp(buyers.injectOpen(atOnceUsers(USERS)))
                .protocols(protocol)
                .maxDuration(DURATION.plusSeconds(30))
                .assertions(
                        // zero errors: a purchase that fails under load is a bug, not a share to tolerate
                        global().failedRequests().count().is(0L),
                        details("purchase").responseTime().percentile(99.0).lt(P99_MILLIS));
    }
}
