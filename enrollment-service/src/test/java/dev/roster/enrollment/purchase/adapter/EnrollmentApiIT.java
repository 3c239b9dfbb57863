package dev.roster.enrollment.purchase.adapter;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.payment.application.FakePaymentGateway;
import dev.roster.enrollment.purchase.application.ReconciliationService;
import dev.roster.enrollment.shared.Money;
import dev.roster.enrollment.testsupport.Api;
import dev.roster.testkit.time.MutableClock;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

@ServiceIT
@Guards(Risk.WRONG_STATUS_OR_SHAPE)
class EnrollmentApiIT {

    @Value("${local.server.port}") int port;
    @Autowired Courses courses;
    @Autowired FakePaymentGateway provider;
    @Autowired ReconciliationService reconciliation;
    @Autowired MutableClock clock;
    @Autowired DataSource dataSource;

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
        course = aCourse().withPrice(Money.of(100_00, "EUR")).withCapacity(10).build();
        courses.addIfAbsent(course);
    }

    private RestTestClient.ResponseSpec buy(String token, String key, Map<String, ?> body) {
        var request = http.post().uri("/api/v1/enrollments").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.body(body).exchange();
    }

    private Map<String, Object> order(String paymentToken) {
        Map<String, Object> body = new HashMap<>();
        body.put("courseId", course.id().toString());
        body.put("paymentToken", paymentToken);
        return body;
    }

    @Test
    void confirmsAPaidPurchaseWith201() {
        buy(ada, "key-1", order("tok_visa"))
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/v1/enrollments/[0-9a-f-]{36}")
                .expectBody()
                .jsonPath("$.courseId").isEqualTo(course.id().toString())
                .jsonPath("$.status").isEqualTo("CONFIRMED")
                .jsonPath("$.price.listPrice.amount").isEqualTo("100.00")
                .jsonPath("$.price.listPrice.currency").isEqualTo("EUR")
                .jsonPath("$.price.lines[0].rule").isEqualTo("volume_tier")
                .jsonPath("$.price.lines[0].amount.amount").isEqualTo("5.00")
                .jsonPath("$.price.lines[0].amount.currency").isEqualTo("EUR")
                .jsonPath("$.price.discount.amount").isEqualTo("10.00")
                .jsonPath("$.price.total.amount").isEqualTo("90.00")
                .jsonPath("$.price.total.currency").isEqualTo("EUR")
                .jsonPath("$.price.currency").doesNotExist()
                .jsonPath("$.confirmedAt").isEqualTo("2026-11-21T10:00:00Z");
        assertThat(provider.charges()).singleElement()
                .satisfies(charge -> assertThat(charge.amount()).isEqualTo(Money.of(90_00, "EUR")));
    }

    @Test
    @Guards(Risk.DECLINE_KEEPS_SEAT)
    void answersADeclineWith402AndGivesTheSeatBack() {
        buy(ada, "key-1", order("tok_chargeDeclined"))
                .expectStatus().isEqualTo(402)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("payment_declined")
                .jsonPath("$.enrollmentId").isNotEmpty();
        assertThat(seatsTaken()).isZero();
    }

    @Test
    @Guards(Risk.PAYMENT_TIMEOUT_AMBIGUOUS)
    void answersAnUnknownOutcomeWith202AndConfirmsAfterReconciliation() {
        byte[] body = buy(ada, "key-1", order("tok_slow"))
                .expectStatus().isAccepted()
                .expectHeader().exists("Location")
                .expectBody().jsonPath("$.status").isEqualTo("PENDING_PAYMENT")
                .returnResult().getResponseBodyContent();
        String id = Api.json(body).get("id").asString();

        clock.advance(Duration.ofMinutes(1));
        reconciliation.run();

        http.get().uri("/api/v1/enrollments/{id}", id).header("Authorization", "Bearer " + ada).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("CONFIRMED");
    }

    @Test
    @Guards({Risk.RETRY_DOUBLE_CHARGE, Risk.IDEMPOTENCY_KEY_LIFECYCLE_BROKEN})
    void replaysTheFirstAnswerForTheSameKeyWithoutASecondCharge() {
        byte[] first = buy(ada, "key-1", order("tok_visa")).expectStatus().isCreated()
                .expectBody().returnResult().getResponseBodyContent();

        byte[] second = buy(ada, "key-1", order("tok_visa")).expectStatus().isCreated()
                .expectBody().returnResult().getResponseBodyContent();

        assertThat(second).isEqualTo(first);
        assertThat(provider.chargeCalls()).isEqualTo(1);
        assertThat(seatsTaken()).isEqualTo(1);
    }

    @Test
    @Guards(Risk.IDEMPOTENCY_KEY_LIFECYCLE_BROKEN)
    void refusesAKeyReusedForAnotherRequest() {
        buy(ada, "key-1", order("tok_visa")).expectStatus().isCreated();

        buy(ada, "key-1", order("tok_chargeDeclined"))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("idempotency_key_reused");
    }

    @Test
    @Guards(Risk.IDEMPOTENCY_KEY_LIFECYCLE_BROKEN)
    void scopesKeysToTheLearner() {
        String bob = api.learnerToken("bob@example.com");
        buy(ada, "shared-key", order("tok_visa")).expectStatus().isCreated();

        buy(bob, "shared-key", order("tok_visa")).expectStatus().isCreated();

        assertThat(provider.chargeCalls()).isEqualTo(2);
    }

    @Test
    @Guards({Risk.RETRY_DOUBLE_CHARGE, Risk.DUPLICATE_ENROLLMENT})
    void chargesOnceForTenParallelRequestsWithOneKey() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Callable<Integer> request = () -> {
                    start.await();
                    return buy(ada, "double-click", order("tok_visa")).returnResult(String.class).getStatus().value();
                };
                answers.add(pool.submit(request));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).contains(201).allMatch(status -> status == 201 || status == 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(provider.charges()).hasSize(1);
        assertThat(seatsTaken()).isEqualTo(1);
    }

    @Test
    void refusesAMissingOrMalformedKey() {
        buy(ada, null, order("tok_visa"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("idempotency_key_invalid");
        buy(ada, "x".repeat(256), order("tok_visa"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("idempotency_key_invalid");
        assertThat(provider.chargeCalls()).isZero();
    }

    @Test
    void refusesAnInvalidBodyWithFieldErrors() {
        buy(ada, "key-1", Map.of("couponCode", "X"))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("validation_failed")
                .jsonPath("$.errors[0].pointer").isEqualTo("/courseId")
                .jsonPath("$.errors[1].pointer").isEqualTo("/paymentToken");
    }

    @Test
    @Guards(Risk.ELIGIBILITY_RULE_WRONG)
    void explainsEachRefusal() {
        Course closed = aCourse().withStatus(CourseStatus.CLOSED).build();
        Course full = aCourse().withCapacity(0).build();
        courses.addIfAbsent(closed);
        courses.addIfAbsent(full);
        buy(ada, "key-1", order("tok_visa")).expectStatus().isCreated();

        buy(ada, "key-2", order("tok_visa")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("already_enrolled");
        buy(ada, "key-3", Map.of("courseId", closed.id().toString(), "paymentToken", "tok_visa"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("course_not_open");
        buy(ada, "key-4", Map.of("courseId", full.id().toString(), "paymentToken", "tok_visa"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("course_full");
        buy(ada, "key-5", Map.of("courseId", "01a1fc91-9f25-701c-9ff1-52d65428da53", "paymentToken", "tok_visa"))
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("course_not_found");
        buy(ada, "key-6", Map.of("courseId", full.id().toString(), "paymentToken", "tok_visa", "couponCode", "NOPE"))
                .expectStatus().isEqualTo(409);
    }

    @Test
    void refusesAnUnknownCouponWith422() {
        Map<String, Object> withCoupon = order("tok_visa");
        withCoupon.put("couponCode", "NOPE");

        buy(ada, "key-1", withCoupon)
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("coupon_invalid");
        assertThat(seatsTaken()).isZero();
    }

    @Test
    @Guards(Risk.CROSS_LEARNER_READ)
    void showsEnrollmentsToTheirOwnerOnly() {
        byte[] body = buy(ada, "key-1", order("tok_visa")).expectStatus().isCreated()
                .expectBody().returnResult().getResponseBodyContent();
        String id = Api.json(body).get("id").asString();
        String bob = api.learnerToken("bob@example.com");

        http.get().uri("/api/v1/enrollments/{id}", id).header("Authorization", "Bearer " + bob).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("enrollment_not_found");
        http.post().uri("/api/v1/enrollments/{id}/cancel", id).header("Authorization", "Bearer " + bob).exchange()
                .expectStatus().isNotFound();
        http.get().uri("/api/v1/enrollments").header("Authorization", "Bearer " + bob).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(0);
        http.get().uri("/api/v1/enrollments").header("Authorization", "Bearer " + ada).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(id);
    }

    @Test
    @Guards({Risk.INVALID_STATE_TRANSITION, Risk.REFUND_LOST_OR_DOUBLED})
    void cancelsAConfirmedEnrollmentOnceWithARefundAndAnswersARepeatTheSame() {
        byte[] body = buy(ada, "key-1", order("tok_visa")).expectStatus().isCreated()
                .expectBody().returnResult().getResponseBodyContent();
        String id = Api.json(body).get("id").asString();

        byte[] first = http.post().uri("/api/v1/enrollments/{id}/cancel", id).header("Authorization", "Bearer " + ada)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("CANCELLED").returnResult().getResponseBodyContent();
        byte[] repeat = http.post().uri("/api/v1/enrollments/{id}/cancel", id).header("Authorization", "Bearer " + ada)
                .exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent();
        assertThat(Api.json(repeat)).as("a repeated cancel answers the cancelled enrollment").isEqualTo(Api.json(first));

        assertThat(seatsTaken()).isZero();
        assertThat(provider.charges()).singleElement().satisfies(charge -> assertThat(charge.refunded()).isTrue());
        assertThat(JdbcClient.create(dataSource).sql("SELECT type FROM outbox_event ORDER BY occurred_at, type")
                .query(String.class).list()).containsExactlyInAnyOrder("EnrollmentConfirmed", "EnrollmentCancelled");
    }

    private int seatsTaken() {
        return JdbcClient.create(dataSource).sql("SELECT seats_taken FROM course WHERE id = :id")
                .param("id", course.id().value()).query(Integer.class).single();
    }
}
