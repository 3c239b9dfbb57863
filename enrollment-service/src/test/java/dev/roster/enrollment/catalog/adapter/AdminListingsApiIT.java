package dev.roster.enrollment.catalog.adapter;

import dev.roster.enrollment.identity.application.IdentityService;
import dev.roster.enrollment.testsupport.Api;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;

/** The administrator's listings of courses (drafts included, filtered by status) and coupons, over HTTP. */
@ServiceIT
@Guards(Risk.WRONG_STATUS_OR_SHAPE)
class AdminListingsApiIT {

    @Value("${local.server.port}")
    int port;

    @Autowired
    IdentityService identity;

    Api api;
    String admin;

    @BeforeEach
    void freshService() {
        TestDatabase.emptied();
        api = new Api(port);
        admin = api.adminToken(identity);
    }

    @Test
    void listsEveryCourseDraftsIncludedInTheCatalogsPageShape() {
        createCourse("SQL-201", "2027-01-10T09:00:00Z", "DRAFT");
        createCourse("JAVA-101", "2027-02-10T09:00:00Z", "OPEN");
        createCourse("GO-101", "2027-03-10T09:00:00Z", "CLOSED");

        api.http().get().uri("/api/v1/admin/courses?size=2").header("Authorization", "Bearer " + admin)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[0].code").isEqualTo("SQL-201")
                .jsonPath("$.items[0].status").isEqualTo("DRAFT")
                .jsonPath("$.items[0].price.amount").isEqualTo("129.00")
                .jsonPath("$.items[0].seatsAvailable").isEqualTo(20)
                .jsonPath("$.items[1].code").isEqualTo("JAVA-101")
                .jsonPath("$.page").isEqualTo(0)
                .jsonPath("$.size").isEqualTo(2)
                .jsonPath("$.totalItems").isEqualTo(3)
                .jsonPath("$.totalPages").isEqualTo(2);
        api.http().get().uri("/api/v1/courses").exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(2);
    }

    @Test
    void filtersCoursesByStatus() {
        createCourse("SQL-201", "2027-01-10T09:00:00Z", "DRAFT");
        createCourse("JAVA-101", "2027-02-10T09:00:00Z", "OPEN");
        createCourse("GO-101", "2027-03-10T09:00:00Z", "OPEN");

        api.http().get().uri("/api/v1/admin/courses?status=OPEN").header("Authorization", "Bearer " + admin)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].code").isEqualTo(java.util.List.of("JAVA-101", "GO-101"))
                .jsonPath("$.totalItems").isEqualTo(2);
        api.http().get().uri("/api/v1/admin/courses?status=DRAFT").header("Authorization", "Bearer " + admin)
                .exchange()
                .expectBody().jsonPath("$.items[*].code").isEqualTo(java.util.List.of("SQL-201"));
    }

    @ParameterizedTest(name = "status={0} is refused")
    @ValueSource(strings = {"open", "ARCHIVED", "OPEN,CLOSED", "1"})
    void refusesAnUnknownStatusAsAProblemNamingTheParameter(String status) {
        api.http().get().uri(b -> b.path("/api/v1/admin/courses").queryParam("status", status).build())
                .header("Authorization", "Bearer " + admin)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("invalid_parameter")
                .jsonPath("$.errors[0].parameter").isEqualTo("status");
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"/api/v1/admin/courses?page=-1", "/api/v1/admin/courses?size=0",
            "/api/v1/admin/courses?size=101", "/api/v1/admin/coupons?page=-1", "/api/v1/admin/coupons?size=101"})
    void refusesPagingOutOfBounds(String uri) {
        api.http().get().uri(uri).header("Authorization", "Bearer " + admin)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("invalid_paging");
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"/api/v1/admin/courses?page=x", "/api/v1/admin/coupons?size=9999999999"})
    void refusesPagingThatIsNotANumber(String uri) {
        api.http().get().uri(uri).header("Authorization", "Bearer " + admin)
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid_parameter");
    }

    @Test
    void listsEveryCouponByCodeWithItsRedemptions() {
        createCoupon("summer20", 20);
        createCoupon("autumn10", 10);

        api.http().get().uri("/api/v1/admin/coupons?page=0&size=1").header("Authorization", "Bearer " + admin)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].code").isEqualTo("AUTUMN10")
                .jsonPath("$.items[0].percentOff").isEqualTo(10)
                .jsonPath("$.items[0].redemptions").isEqualTo(0)
                .jsonPath("$.items[0].maxRedemptions").isEqualTo(100)
                .jsonPath("$.items[0].validFrom").isEqualTo("2026-11-01T00:00:00Z")
                .jsonPath("$.totalItems").isEqualTo(2)
                .jsonPath("$.totalPages").isEqualTo(2);
    }

    @ParameterizedTest(name = "GET {0}: learner 403, anonymous 401")
    @ValueSource(strings = {"/api/v1/admin/courses", "/api/v1/admin/courses?status=DRAFT", "/api/v1/admin/coupons"})
    @Guards(Risk.CROSS_LEARNER_READ)
    void refusesTheListingsToLearnersAndAnonymousCallers(String uri) {
        String learner = api.learnerToken("mallory@example.com");

        api.http().get().uri(uri).header("Authorization", "Bearer " + learner).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("forbidden");
        api.http().get().uri(uri).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer realm=\"roster\"")
                .expectBody().jsonPath("$.code").isEqualTo("unauthenticated");
    }

    private void createCourse(String code, String startsAt, String status) {
        api.http().post().uri("/api/v1/admin/courses").header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", code, "title", "Course " + code, "price", Map.of("amount", "129.00", "currency", "EUR"),
                        "capacity", 20, "startsAt", startsAt, "status", status))
                .exchange().expectStatus().isCreated();
    }

    private void createCoupon(String code, int percentOff) {
        api.http().post().uri("/api/v1/admin/coupons").header("Authorization", "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", code, "percentOff", percentOff, "validFrom", "2026-11-01T00:00:00Z",
                        "validUntil", "2026-12-01T00:00:00Z", "maxRedemptions", 100))
                .exchange().expectStatus().isCreated();
    }
}
