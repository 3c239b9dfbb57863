package dev.roster.enrollment.pricing.adapter;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static dev.roster.enrollment.pricing.domain.CouponFixtures.aCoupon;

import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.identity.application.IdentityService;
import dev.roster.enrollment.pricing.application.Coupons;
import dev.roster.enrollment.shared.Money;
import dev.roster.enrollment.testsupport.Api;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.ServiceTestConfiguration;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Quotes through the whole service: the pricing rules wired to real courses, coupons and learners. */
@ServiceIT
@Guards({Risk.PRICING_RULE_WRONG, Risk.WRONG_STATUS_OR_SHAPE})
class QuoteApiIT {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Courses courses;

    @Autowired
    Coupons coupons;

    @Autowired
    IdentityService identity;

    @Autowired
    DataSource dataSource;

    Api api;
    RestTestClient http;
    Course course;

    @BeforeEach
    void freshService() {
        TestDatabase.emptied();
        api = new Api(port);
        http = api.http();
        course = aCourse().withPrice(Money.of(500_00, "EUR")).build();
        courses.addIfAbsent(course);
    }

    @Test
    void quotesTheTierAndTheFirstOrderCredit() {
        String ada = api.learnerToken("ada@example.com");

        http.get().uri("/api/v1/courses/{id}/quote", course.id().value()).header("Authorization", "Bearer " + ada)
                .exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"listPrice": {"amount": "500.00", "currency": "EUR"},
                         "lines": [{"rule": "volume_tier", "amount": {"amount": "50.00", "currency": "EUR"}},
                                   {"rule": "first_order_credit", "amount": {"amount": "5.00", "currency": "EUR"}}],
                         "discount": {"amount": "55.00", "currency": "EUR"},
                         "total": {"amount": "445.00", "currency": "EUR"}}""", JsonCompareMode.STRICT);
    }

    @Test
    void quotesAMemberWithACouponAndNoCreditAfterAConfirmedEnrollment() {
        String adaId = api.signUp("ada@example.com");
        String ada = api.logIn("ada@example.com", Api.PASSWORD);
        identity.setMember(new dev.roster.enrollment.identity.domain.LearnerId(UUID.fromString(adaId)), true);
        coupons.add(aCoupon().withCode("SPRING10").withPercentOff(10)
                .validBetween(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z")).build());
        confirmedEnrollment(adaId);

        http.get().uri("/api/v1/courses/{id}/quote?coupon=spring10", course.id().value())
                .header("Authorization", "Bearer " + ada)
                .exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"listPrice": {"amount": "500.00", "currency": "EUR"},
                         "lines": [{"rule": "volume_tier", "amount": {"amount": "50.00", "currency": "EUR"}},
                                   {"rule": "member", "amount": {"amount": "25.00", "currency": "EUR"}},
                                   {"rule": "coupon", "amount": {"amount": "50.00", "currency": "EUR"}}],
                         "discount": {"amount": "125.00", "currency": "EUR"},
                         "total": {"amount": "375.00", "currency": "EUR"}}""", JsonCompareMode.STRICT);
    }

    @Test
    void refusesAnUnknownOrExpiredCouponWith422AndTheReason() {
        String ada = api.learnerToken("ada@example.com");
        coupons.add(aCoupon().withCode("OLD").withPercentOff(10)
                .validBetween(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z")).build());

        http.get().uri("/api/v1/courses/{id}/quote?coupon=NOPE", course.id().value())
                .header("Authorization", "Bearer " + ada).exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("coupon_invalid")
                .jsonPath("$.reason").isEqualTo("unknown");
        http.get().uri("/api/v1/courses/{id}/quote?coupon=OLD", course.id().value())
                .header("Authorization", "Bearer " + ada).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.reason").isEqualTo("expired");
    }

    @Test
    void needsALoggedInLearner() {
        http.get().uri("/api/v1/courses/{id}/quote", course.id().value()).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void answersAnUnknownCourseWith404() {
        String ada = api.learnerToken("ada@example.com");

        http.get().uri("/api/v1/courses/{id}/quote", UUID.randomUUID()).header("Authorization", "Bearer " + ada)
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("course_not_found");
    }

    /** A confirmed earlier order, holding the learner's first-order credit as a purchase leaves it. */
    private void confirmedEnrollment(String learnerId) {
        Course other = aCourse().build();
        courses.addIfAbsent(other);
        UUID order = UUID.randomUUID();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                        INSERT INTO enrollment (id, learner_id, course_id, status, created_at)
                        VALUES (:id, :learner, :course, 'CONFIRMED', :at)""")
                .param("at", Timestamp.from(ServiceTestConfiguration.START))
                .param("id", order).param("learner", UUID.fromString(learnerId))
                .param("course", other.id().value()).update();
        jdbc.sql("INSERT INTO first_order_credit (learner_id, order_id, claimed_at) VALUES (:learner, :order, :at)")
                .param("at", Timestamp.from(ServiceTestConfiguration.START))
                .param("learner", UUID.fromString(learnerId)).param("order", order).update();
    }
}
