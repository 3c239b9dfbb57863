package dev.roster.enrollment.platform;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.purchase.application.ReconciliationService;
import dev.roster.enrollment.shared.Money;
import dev.roster.enrollment.testsupport.Api;
import dev.roster.testkit.time.MutableClock;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.metrics.PrometheusSamples;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Each outcome moves its own series by exactly one, and no other series of its family: driven over HTTP
 * (reconciliation through its use case), read off the management port as Prometheus scrapes it.
 */
@ServiceIT
@Guards(Risk.OPERATOR_METRICS_MISSING)
class OperatorMetricsIT {

    @Value("${local.server.port}") int port;
    @Value("${local.management.port}") int managementPort;
    @Autowired Courses courses;
    @Autowired ReconciliationService reconciliation;
    @Autowired MutableClock clock;

    Api api;
    RestTestClient http;
    String ada;
    Course course;

    @BeforeEach
    void aLearnerAndAnOpenCourse() {
        TestDatabase.emptied();
        api = new Api(port);
        http = api.http();
        ada = api.learnerToken("ada@example.com");
        course = openCourse(10);
    }

    @Test
    void countsEachPurchaseOutcomeOnceAndAReplayNotAtAll() {
        expectOne(OperatorMetrics.PURCHASES, "roster_purchases_total{outcome=\"confirmed\"}",
                () -> buy(ada, "key-visa", course, "tok_visa", null, 201));
        expectNone(OperatorMetrics.PURCHASES, () -> buy(ada, "key-visa", course, "tok_visa", null, 201));
        expectOne(OperatorMetrics.PURCHASES, "roster_purchases_total{outcome=\"already_enrolled\"}",
                () -> buy(ada, "key-again", course, "tok_visa", null, 409));

        String bob = api.learnerToken("bob@example.com");
        expectOne(OperatorMetrics.PURCHASES, "roster_purchases_total{outcome=\"declined\"}",
                () -> buy(bob, "key-declined", course, "tok_chargeDeclined", null, 402));
        expectNone(OperatorMetrics.PURCHASES, () -> buy(bob, "key-declined", course, "tok_chargeDeclined", null, 402));
        expectOne(OperatorMetrics.PURCHASES, "roster_purchases_total{outcome=\"pending\"}",
                () -> buy(bob, "key-slow", course, "tok_slow", null, 202));
        expectOne(OperatorMetrics.PURCHASES, "roster_purchases_total{outcome=\"course_full\"}",
                () -> buy(bob, "key-full", openCourse(0), "tok_visa", null, 409));
        expectOne(OperatorMetrics.PURCHASES, "roster_purchases_total{outcome=\"coupon_invalid\"}",
                () -> buy(bob, "key-coupon", openCourse(10), "tok_visa", "NO-SUCH-COUPON", 422));
    }

    @Test
    void countsWhatReconciliationMadeOfAPendingPayment() {
        buy(ada, "key-slow", course, "tok_slow", null, 202);
        clock.advance(Duration.ofMinutes(1));

        expectOne(OperatorMetrics.RECONCILIATIONS, "roster_reconciliations_total{outcome=\"confirmed\"}",
                reconciliation::run);
        expectNone(OperatorMetrics.RECONCILIATIONS, reconciliation::run);
    }

    @Test
    void countsAThrottledLogInByTheLimitThatRefusedIt() {
        for (int i = 0; i < 5; i++) {
            logIn("ada@example.com", "Wrong-Pass-1", 401);
        }
        expectOne(OperatorMetrics.LOGIN_THROTTLES, "roster_login_throttled_total{by=\"account\"}",
                () -> logIn("ada@example.com", Api.PASSWORD, 429));
        // the address limit (50 failures, each an Argon2 check of ~0.5 s here) is told apart in IdentityServiceTest
    }

    @Test
    void recordsHttpServerLatencyInBucketsWithOneAtThePurchaseSlo() {
        http.get().uri("/api/v1/courses").exchange().expectStatus().isOk();

        PrometheusSamples scrape = scrape();

        assertThat(scrape.hasSeries("http_server_requests_seconds_bucket",
                Map.of("uri", "/api/v1/courses", "le", "0.3"))).as("a bucket at the 300 ms SLO").isTrue();
        assertThat(scrape.seriesCount("http_server_requests_seconds_bucket", Map.of("uri", "/api/v1/courses")))
                .as("enough buckets between 5 ms and 30 s for percentiles").isGreaterThan(20);
    }

    @Test
    void observesTheRequestButNotEachSecurityFilterOfIt() {
        // one observation per security filter per request was ~6% of a purchase's CPU (docs/performance.md)
        http.get().uri("/api/v1/courses").exchange().expectStatus().isOk();

        PrometheusSamples scrape = scrape();

        assertThat(scrape.hasSeries("http_server_requests_seconds_count", Map.of("uri", "/api/v1/courses")))
                .as("the request is observed").isTrue();
        assertThat(scrape.seriesCount("spring_security_filterchains_seconds_count", Map.of()))
                .as("no timer per security filter chain pass").isZero();
    }

    /** Runs {@code action}; then {@code moved} is one more, and every other series of {@code family} as it was. */
    private void expectOne(List<String> family, String moved, Runnable action) {
        Map<String, Double> before = values(family);
        action.run();
        Map<String, Double> after = values(family);

        Map<String, Double> expected = new LinkedHashMap<>(before);
        expected.put(moved, before.get(moved) + 1);
        assertThat(after).as("after the action, every series of the family").isEqualTo(expected);
    }

    private void expectNone(List<String> family, Runnable action) {
        Map<String, Double> before = values(family);
        action.run();
        assertThat(values(family)).as("nothing counted").isEqualTo(before);
    }

    private Map<String, Double> values(List<String> family) {
        PrometheusSamples scrape = scrape();
        Map<String, Double> values = new LinkedHashMap<>();
        for (String series : family) {
            values.put(series, scrape.value(series).orElseThrow(() -> new AssertionError("no series " + series)));
        }
        return values;
    }

    private PrometheusSamples scrape() {
        return PrometheusSamples.scrape("http://localhost:" + managementPort + "/actuator/prometheus");
    }

    private Course openCourse(int capacity) {
        Course added = aCourse().withPrice(Money.of(100_00, "EUR")).withCapacity(capacity).build();
        courses.addIfAbsent(added);
        return added;
    }

    private void buy(String token, String key, Course of, String paymentToken, String coupon, int status) {
        Map<String, Object> body = new HashMap<>();
        body.put("courseId", of.id().toString());
        body.put("paymentToken", paymentToken);
        if (coupon != null) {
            body.put("couponCode", coupon);
        }
        http.post().uri("/api/v1/enrollments").header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isEqualTo(status);
    }

    private void logIn(String email, String password, int status) {
        http.post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", email, "password", password))
                .exchange().expectStatus().isEqualTo(status);
    }
}
