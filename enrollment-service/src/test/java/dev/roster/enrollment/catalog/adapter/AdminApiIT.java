package dev.roster.enrollment.catalog.adapter;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.identity.application.IdentityService;
import dev.roster.enrollment.testsupport.Api;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

@ServiceIT
@Guards(Risk.WRONG_STATUS_OR_SHAPE)
class AdminApiIT {

    private static final Map<String, Object> NEW_COURSE = Map.of(
            "code", "sql-201", "title", "PostgreSQL", "description", "Transactions and indexes",
            "price", Map.of("amount", "129.00", "currency", "EUR"), "capacity", 20,
            "startsAt", "2027-01-10T09:00:00Z");

    @Value("${local.server.port}")
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    DataSource dataSource;

    Api api;
    RestTestClient http;
    String admin;

    @BeforeEach
    void freshService() {
        TestDatabase.emptied();
        api = new Api(port);
        http = api.http();
        admin = api.adminToken(identity);
    }

    @Test
    void createsACourseAsADraftHiddenFromLearners() {
        byte[] body = http.post().uri("/api/v1/admin/courses").header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON).body(NEW_COURSE)
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/v1/admin/courses/[0-9a-f-]{36}")
                .expectBody()
                .jsonPath("$.code").isEqualTo("SQL-201")
                .jsonPath("$.status").isEqualTo("DRAFT")
                .jsonPath("$.price.amount").isEqualTo("129.00")
                .jsonPath("$.seatsTaken").isEqualTo(0)
                .returnResult().getResponseBodyContent();
        String id = Api.json(body).get("id").asString();

        http.get().uri("/api/v1/courses/{id}", id).exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/admin/courses/{id}", id).header("Authorization", "Bearer " + admin).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("DRAFT");
    }

    @Test
    void opensAndChangesACourseInOneRequest() {
        String id = createCourse();

        http.patch().uri("/api/v1/admin/courses/{id}", id).header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", "PostgreSQL in depth", "price", Map.of("amount", "99.50", "currency", "EUR"),
                        "capacity", 25, "status", "OPEN"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.title").isEqualTo("PostgreSQL in depth")
                .jsonPath("$.price.amount").isEqualTo("99.50")
                .jsonPath("$.capacity").isEqualTo(25)
                .jsonPath("$.status").isEqualTo("OPEN");
        http.get().uri("/api/v1/courses/{id}", id).exchange().expectStatus().isOk();
    }

    @Test
    @Guards(Risk.COURSE_RULE_WRONG)
    void refusesACapacityBelowTheSeatsTakenAndChangesNothing() {
        String id = createCourse();
        JdbcClient.create(dataSource).sql("UPDATE course SET seats_taken = 5 WHERE id = :id")
                .param("id", UUID.fromString(id)).update();

        http.patch().uri("/api/v1/admin/courses/{id}", id).header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("title", "Renamed", "capacity", 4))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("capacity_below_seats_taken");

        http.get().uri("/api/v1/admin/courses/{id}", id).header("Authorization", "Bearer " + admin).exchange()
                .expectBody()
                .jsonPath("$.title").isEqualTo("PostgreSQL")
                .jsonPath("$.capacity").isEqualTo(20);
    }

    @Test
    void refusesATakenCourseCodeAndInvalidFields() {
        createCourse();

        http.post().uri("/api/v1/admin/courses").header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON).body(NEW_COURSE)
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("course_code_taken");
        http.post().uri("/api/v1/admin/courses").header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", "X-1", "title", "T", "price", Map.of("amount", "1.005", "currency", "EUR"),
                        "capacity", 1, "startsAt", "2027-01-10T09:00:00Z"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("validation_failed")
                .jsonPath("$.errors[0].pointer").isEqualTo("/price/amount");
    }

    @Test
    void refusesSettingSeatsTakenByMassAssignment() {
        String id = createCourse();

        http.patch().uri("/api/v1/admin/courses/{id}", id).header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("seatsTaken", 0))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("unknown_property");
    }

    @Test
    void createsACouponOncePerCodeInAnyCase() {
        Map<String, Object> coupon = Map.of("code", "spring10", "percentOff", 10,
                "validFrom", "2026-11-01T00:00:00Z", "validUntil", "2026-12-01T00:00:00Z", "maxRedemptions", 100);

        http.post().uri("/api/v1/admin/coupons").header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON).body(coupon)
                .exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.code").isEqualTo("SPRING10")
                .jsonPath("$.percentOff").isEqualTo(10)
                .jsonPath("$.redemptions").isEqualTo(0);
        http.post().uri("/api/v1/admin/coupons").header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON).body(coupon)
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("coupon_code_taken");
    }

    @Test
    void refusesACouponOutsideOneToHundredPercent() {
        http.post().uri("/api/v1/admin/coupons").header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", "HALF", "percentOff", 101, "validFrom", "2026-11-01T00:00:00Z",
                        "validUntil", "2026-12-01T00:00:00Z", "maxRedemptions", 1))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/percentOff");
    }

    @Test
    void makesALearnerAMember() {
        String learnerId = api.signUp("ada@example.com");

        http.put().uri("/api/v1/admin/learners/{id}/member", learnerId).header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("member", true))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.member").isEqualTo(true);
    }

    static Stream<Arguments> adminEndpoints() {
        String someId = "01a1fc91-9f25-701c-9ff1-52d65428da53";
        return Stream.of(
                Arguments.of(HttpMethod.POST, "/api/v1/admin/courses", NEW_COURSE),
                Arguments.of(HttpMethod.GET, "/api/v1/admin/courses/" + someId, null),
                Arguments.of(HttpMethod.PATCH, "/api/v1/admin/courses/" + someId, Map.of("title", "x")),
                Arguments.of(HttpMethod.POST, "/api/v1/admin/coupons", Map.of("code", "X")),
                Arguments.of(HttpMethod.GET, "/api/v1/admin/coupons/X", null),
                Arguments.of(HttpMethod.PUT, "/api/v1/admin/learners/" + someId + "/member", Map.of("member", true)));
    }

    @ParameterizedTest(name = "{0} {1}: learner 403, anonymous 401")
    @MethodSource("adminEndpoints")
    @Guards(Risk.CROSS_LEARNER_READ)
    void refusesEveryAdminEndpointToLearnersAndAnonymousCallers(HttpMethod method, String path, Object body) {
        String learner = api.learnerToken("mallory@example.com");

        request(method, path, body).header("Authorization", "Bearer " + learner).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("forbidden");
        request(method, path, body).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("unauthenticated");
    }

    private RestTestClient.RequestBodySpec request(HttpMethod method, String path, Object body) {
        RestTestClient.RequestBodySpec spec = http.method(method).uri(path);
        if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec;
    }

    private String createCourse() {
        byte[] body = http.post().uri("/api/v1/admin/courses").header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON).body(NEW_COURSE)
                .exchange().expectStatus().isCreated()
                .expectBody().returnResult().getResponseBodyContent();
        return Api.json(body).get("id").asString();
    }
}
