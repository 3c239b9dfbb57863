package dev.roster.enrollment.catalog.adapter;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.shared.Money;
import dev.roster.enrollment.testsupport.Api;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.client.RestTestClient;

@ServiceIT
@Guards(Risk.WRONG_STATUS_OR_SHAPE)
class CourseApiIT {

    @Autowired
    Courses courses;

    @Value("${local.server.port}")
    int port;

    RestTestClient http;

    @BeforeEach
    void emptyCatalog() {
        TestDatabase.emptied();
        http = RestTestClient.bindToServer(new org.springframework.http.client.JdkClientHttpRequestFactory()).baseUrl("http://localhost:" + port).build();
    }

    @Test
    void listsPublishedCoursesAsAPage() {
        Course course = aCourse().withCode("SQL-201").withTitle("PostgreSQL").withPrice(Money.of(129_00, "EUR"))
                .withCapacity(20).withSeatsTaken(5).startingAt(Instant.parse("2027-01-10T09:00:00Z")).build();
        courses.addIfAbsent(course);
        courses.addIfAbsent(aCourse().withStatus(CourseStatus.DRAFT).build());

        http.get().uri("/api/v1/courses?page=0&size=10").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().json("""
                        {
                          "items": [{
                            "id": "%s",
                            "code": "SQL-201",
                            "title": "PostgreSQL",
                            "description": "What the course teaches",
                            "price": {"amount": "129.00", "currency": "EUR"},
                            "capacity": 20,
                            "seatsTaken": 5,
                            "seatsAvailable": 15,
                            "status": "OPEN",
                            "startsAt": "2027-01-10T09:00:00Z"
                          }],
                          "page": 0,
                          "size": 10,
                          "totalItems": 1,
                          "totalPages": 1
                        }""".formatted(course.id()), JsonCompareMode.STRICT);
    }

    @Test
    void pagesWithDefaultsWhenNoParametersAreGiven() {
        http.get().uri("/api/v1/courses").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items").isEmpty()
                .jsonPath("$.page").isEqualTo(0)
                .jsonPath("$.size").isEqualTo(20)
                .jsonPath("$.totalItems").isEqualTo(0);
    }

    @Test
    void showsOneCourse() {
        Course course = aCourse().withCode("JAVA-101").withPrice(Money.of(49_50, "EUR")).withCapacity(3).build();
        courses.addIfAbsent(course);

        http.get().uri("/api/v1/courses/{id}", course.id().value()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(course.id().toString())
                .jsonPath("$.code").isEqualTo("JAVA-101")
                .jsonPath("$.price.amount").isEqualTo("49.50")
                .jsonPath("$.price.currency").isEqualTo("EUR")
                .jsonPath("$.seatsAvailable").isEqualTo(3);
    }

    @Test
    void answersAMalformedIdWith400Problem() {
        http.get().uri("/api/v1/courses/not-a-uuid").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.code").isEqualTo("invalid_parameter")
                .jsonPath("$.type").isEqualTo("urn:roster:problem:invalid_parameter")
                .jsonPath("$.title").isEqualTo("Bad Request")
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.errors[0].parameter").isEqualTo("id");
        assertNoInternalsIn("/api/v1/courses/not-a-uuid");
    }

    @Test
    void answersAnUnknownIdWith404Problem() {
        http.get().uri("/api/v1/courses/{id}", aCourse().build().id().value()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.code").isEqualTo("course_not_found");
    }

    @Test
    void answersADraftCourseWith404Problem() {
        Course draft = aCourse().withStatus(CourseStatus.DRAFT).build();
        courses.addIfAbsent(draft);

        http.get().uri("/api/v1/courses/{id}", draft.id().value()).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("course_not_found");
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"page=-1", "size=0", "size=101", "size=-3", "page=abc", "size=1e3", "page=99999999999"})
    void answersPagingOutOfRangeWith400Problem(String query) {
        http.get().uri("/api/v1/courses?" + query).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.code").value(code -> assertThat(code).isIn("invalid_paging", "invalid_parameter"));
    }

    @Test
    void answersAnUnknownPathAndAWrongMethodWithProblems() {
        String token = new Api(port).learnerToken("ada@example.com");
        http.get().uri("/api/v1/nothing-here").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("not_found");
        http.delete().uri("/api/v1/courses").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("method_not_allowed");
    }

    private void assertNoInternalsIn(String path) {
        String body = new String(http.get().uri(path).exchange().expectBody().returnResult().getResponseBodyContent());
        assertThat(body).doesNotContain("Exception", "trace", "at dev.roster", "at org.springframework");
    }
}
