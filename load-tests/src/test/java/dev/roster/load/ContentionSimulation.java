package dev.roster.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A launch-day rush on one course: {@value #DEFAULT_BUYERS} learners, each with its own token and
 * Idempotency-Key, try to buy one of {@value #DEFAULT_SEATS} seats, all arriving within one second and
 * spread over every enrollment-service instance. Exactly as many purchases as seats must answer 201 and
 * every other one 409 {@code course_full}; any other answer fails the run. Gatling's assertions fail on a
 * wrong status or problem code; the exact split is printed by {@link #after()} as one line the run script
 * checks ({@code contention answers: ...}), since Gatling cannot assert a count per status.
 *
 * <p>System properties: {@code roster.load.baseUrls}, {@code roster.load.buyers}, {@code roster.load.seats},
 * {@code roster.load.adminEmail}, {@code roster.load.adminPassword}, {@code roster.load.setupThreads}.
 */
public class ContentionSimulation extends Simulation {

    static final int DEFAULT_BUYERS = 1000;
    static final int DEFAULT_SEATS = 100;

    private static final List<String> BASE_URLS = LoadTargets.baseUrls();
    private static final int BUYERS = Integer.getInteger("roster.load.buyers", DEFAULT_BUYERS);
    private static final int SEATS = Integer.getInteger("roster.load.seats", DEFAULT_SEATS);

    private final LoadSetup.Prepared prepared = new LoadSetup(BASE_URLS.getFirst()).prepare(
            System.getProperty("roster.load.adminEmail", "load-admin@roster.local"),
            System.getProperty("roster.load.adminPassword", "Load-Admin-2026"),
            1, SEATS, BUYERS);

    private final AtomicInteger nextBuyer = new AtomicInteger();
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger courseFull = new AtomicInteger();
    private final AtomicInteger other = new AtomicInteger();
    // a measurement, not a judgement: when the first purchase left and the last answer came back
    private final AtomicLong firstSent = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastAnswered = new AtomicLong(Long.MIN_VALUE);

    private final Iterator<Map<String, Object>> buyers = Stream.generate(() -> Map.<String, Object>of(
            "token", prepared.learnerTokens().get(nextBuyer.getAndIncrement() % BUYERS),
            "key", UUID.randomUUID().toString())).iterator();

    private final ScenarioBuilder rush = scenario("buyers rushing one course")
            .feed(buyers)
            .exec(session -> {
                firstSent.accumulateAndGet(System.nanoTime(), Math::min);
                return session;
            })
            .exec(http("purchase")
                    .post("/api/v1/enrollments")
                    .header("Authorization", "Bearer #{token}")
                    .header("Idempotency-Key", "#{key}")
                    .body(StringBody("{\"courseId\":\"" + prepared.courseIds().getFirst() + "\",\"paymentToken\":\"tok_visa\"}"))
                    .check(status().saveAs("status"), jsonPath("$.code").optional().saveAs("code"))
                    .check(status().in(201, 409))
                    .checkIf((response, session) -> response.status().code() == 409)
                    .then(jsonPath("$.code").is("course_full")))
            .exec(this::tally);

    private Session tally(Session session) {
        lastAnswered.accumulateAndGet(System.nanoTime(), Math::max);
        int status = session.contains("status") ? session.getInt("status") : -1;
        if (status == 201) {
            created.incrementAndGet();
        } else if (status == 409 && "course_full".equals(session.getString("code"))) {
            courseFull.incrementAndGet();
        } else {
            other.incrementAndGet();
        }
        return session;
    }

    {
        setUp(rush.injectOpen(rampUsers(BUYERS).during(Duration.ofSeconds(1))))
                .protocols(http.baseUrls(BASE_URLS).contentTypeHeader("application/json").acceptHeader("application/json"))
                .maxDuration(Duration.ofSeconds(120))
                .assertions(
                        global().allRequests().count().is((long) BUYERS),
                        global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        long answered = created.get() + courseFull.get() + other.get();
        System.out.printf("contention answers: 201 %d, 409 course_full %d, other %d (expected 201 %d, 409 course_full %d, other 0)%n",
                created.get(), courseFull.get(), other.get(), Math.min(SEATS, BUYERS), Math.max(BUYERS - SEATS, 0));
        if (answered > 0) {
            System.out.printf("contention: last answer %d ms after the first purchase was sent%n",
                    (lastAnswered.get() - firstSent.get()) / 1_000_000);
        }
    }
}
