package dev.roster.enrollment.reporting.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.identity.application.IdentityService;
import dev.roster.enrollment.testsupport.Api;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The sales and fill report over HTTP, on hand-made rows whose totals are known (see
 * {@link ReportRows}): every figure is asserted exactly, including rows on and just past the period's
 * edges, a course sold in two currencies, and periods with nothing in them.
 */
@ServiceIT
@Guards(Risk.REPORT_TOTALS_WRONG)
class SalesReportApiIT {

    private static final String YEAR_2026 = "/api/v1/admin/reports/sales?from=2026-01-01&to=2026-12-31";

    @Value("${local.server.port}")
    int port;

    @Autowired
    IdentityService identity;

    Api api;
    String admin;
    ReportRows rows;

    @BeforeEach
    void freshService() {
        rows = new ReportRows(TestDatabase.emptied().dataSource());
        api = new Api(port);
        admin = api.adminToken(identity);
    }

    @Test
    void reportsEachFigureOfACourseFromItsEnrollmentsInThePeriod() {
        var course = rows.course("SQL-201", "PostgreSQL", 10, 5, "OPEN", "EUR", "2026-03-01T09:00:00Z");
        var learners = rows.learners(9);
        var coupon = rows.coupon("SPRING10");
        // in the period; its first and last instants included
        rows.enrollment(learners.get(0), course, "CONFIRMED", 100_00, "EUR", "[]", "2026-01-01T00:00:00Z");
        var withCoupon = rows.enrollment(learners.get(1), course, "CONFIRMED", 90_00, "EUR",
                "[{\"rule\":\"coupon\",\"amountMinor\":1000}]", "2026-06-15T12:00:00Z");
        rows.redemption(withCoupon, coupon);
        rows.enrollment(learners.get(2), course, "CONFIRMED", 80_00, "EUR",
                "[{\"rule\":\"member\",\"amountMinor\":1500},{\"rule\":\"volume_tier\",\"amountMinor\":500}]",
                "2026-12-31T23:59:59.999999Z");
        var cancelled = rows.enrollment(learners.get(3), course, "CANCELLED", 70_00, "EUR",
                "[{\"rule\":\"first_order_credit\",\"amountMinor\":3000}]", "2026-02-01T10:00:00Z");
        rows.refunded(cancelled);
        var refundUnderway = rows.enrollment(learners.get(8), course, "CANCELLED", 60_00, "EUR", "[]",
                "2026-02-01T11:00:00Z");
        rows.refundPending(refundUnderway);
        rows.enrollment(learners.get(4), course, "REJECTED", 100_00, "EUR", "[]", "2026-02-02T10:00:00Z");
        rows.enrollment(learners.get(5), course, "PENDING_PAYMENT", 100_00, "EUR", "[]", "2026-02-03T10:00:00Z");
        // just outside the period, on either side: counted nowhere, though they hold seats
        var before = rows.enrollment(learners.get(6), course, "CONFIRMED", 100_00, "EUR",
                "[{\"rule\":\"coupon\",\"amountMinor\":1000}]", "2025-12-31T23:59:59.999999Z");
        rows.redemption(before, coupon);
        rows.enrollment(learners.get(7), course, "CONFIRMED", 100_00, "EUR", "[]", "2027-01-01T00:00:00Z");

        JsonNode report = report(YEAR_2026);

        assertThat(report.get("from").asString()).isEqualTo("2026-01-01");
        assertThat(report.get("to").asString()).isEqualTo("2026-12-31");
        assertThat(report.get("courses")).hasSize(1);
        JsonNode line = report.get("courses").get(0);
        assertThat(line.get("id").asString()).isEqualTo(course.toString());
        assertThat(line.get("code").asString()).isEqualTo("SQL-201");
        assertThat(line.get("title").asString()).isEqualTo("PostgreSQL");
        assertThat(line.get("status").asString()).isEqualTo("OPEN");
        assertThat(line.get("capacity").asInt()).isEqualTo(10);
        assertThat(line.get("seatsTaken").asInt()).isEqualTo(5);
        assertThat(line.get("fillRate").asString()).isEqualTo("0.5000");
        assertThat(line.get("currency").asString()).isEqualTo("EUR");
        assertThat(line.get("confirmed").asLong()).isEqualTo(3);
        assertThat(line.get("cancelled").asLong()).isEqualTo(2);
        assertThat(money(line.get("revenue"))).isEqualTo("270.00 EUR");
        assertThat(money(line.get("refunds"))).as("refunds that went through, not one underway").isEqualTo("70.00 EUR");
        assertThat(line.get("discounts")).hasSize(3);
        assertThat(discount(line, 0)).isEqualTo("coupon 10.00 EUR");
        assertThat(discount(line, 1)).isEqualTo("member 15.00 EUR");
        assertThat(discount(line, 2)).isEqualTo("volume_tier 5.00 EUR");
        assertThat(line.get("couponRedemptions").asLong()).isEqualTo(1);
    }

    @Test
    void listsEveryCourseEvenWithoutSalesWithZerosInItsOwnCurrency() {
        rows.course("B-2", "Later", 0, 0, "DRAFT", "JPY", "2026-09-01T09:00:00Z");
        rows.course("A-1", "Earlier", 3, 1, "CLOSED", "EUR", "2026-04-01T09:00:00Z");
        rows.course("A-0", "Same start, lower code", 3, 3, "OPEN", "EUR", "2026-04-01T09:00:00Z");

        JsonNode courses = report(YEAR_2026).get("courses");

        assertThat(codes(courses)).containsExactly("A-0", "A-1", "B-2");
        assertThat(courses.get(0).get("fillRate").asString()).isEqualTo("1.0000");
        assertThat(courses.get(1).get("fillRate").asString()).as("1 of 3, four places").isEqualTo("0.3333");
        JsonNode draft = courses.get(2);
        assertThat(draft.get("fillRate").isNull()).as("no capacity, no rate").isTrue();
        assertThat(draft.get("confirmed").asLong()).isZero();
        assertThat(draft.get("cancelled").asLong()).isZero();
        assertThat(money(draft.get("revenue"))).isEqualTo("0 JPY");
        assertThat(money(draft.get("refunds"))).isEqualTo("0 JPY");
        assertThat(draft.get("discounts")).isEmpty();
        assertThat(draft.get("couponRedemptions").asLong()).isZero();
    }

    @Test
    void reportsACourseSoldInTwoCurrenciesOnALinePerCurrency() {
        var course = rows.course("GO-101", "Go", 10, 2, "OPEN", "JPY", "2026-05-01T09:00:00Z");
        var learners = rows.learners(2);
        rows.enrollment(learners.get(0), course, "CONFIRMED", 120_00, "EUR", "[]", "2026-03-01T10:00:00Z");
        rows.enrollment(learners.get(1), course, "CONFIRMED", 15_000, "JPY",
                "[{\"rule\":\"volume_tier\",\"amountMinor\":500}]", "2026-04-01T10:00:00Z");

        JsonNode courses = report(YEAR_2026).get("courses");

        assertThat(codes(courses)).containsExactly("GO-101", "GO-101");
        assertThat(courses.get(0).get("currency").asString()).isEqualTo("EUR");
        assertThat(money(courses.get(0).get("revenue"))).isEqualTo("120.00 EUR");
        assertThat(courses.get(0).get("discounts")).isEmpty();
        assertThat(courses.get(1).get("currency").asString()).isEqualTo("JPY");
        assertThat(money(courses.get(1).get("revenue"))).isEqualTo("15000 JPY");
        assertThat(money(courses.get(1).get("discounts").get(0).get("amount"))).isEqualTo("500 JPY");
        assertThat(courses.get(0).get("confirmed").asLong() + courses.get(1).get("confirmed").asLong()).isEqualTo(2);
    }

    @Test
    void countsARefundOfAChargeThatLandedAfterItsHoldExpiredButNotAsRevenue() {
        var course = rows.course("K8S-1", "Kubernetes", 5, 0, "OPEN", "EUR", "2026-05-01T09:00:00Z");
        var lateCharge = rows.enrollment(rows.learners(1).get(0), course, "EXPIRED", 40_00, "EUR", "[]",
                "2026-07-01T10:00:00Z");
        rows.refunded(lateCharge);

        JsonNode line = report(YEAR_2026).get("courses").get(0);

        assertThat(money(line.get("refunds"))).isEqualTo("40.00 EUR");
        assertThat(money(line.get("revenue"))).isEqualTo("0.00 EUR");
        assertThat(line.get("confirmed").asLong()).isZero();
        assertThat(line.get("cancelled").asLong()).isZero();
    }

    @Test
    void reportsNothingSoldForAPeriodWithoutEnrollments() {
        var course = rows.course("SQL-201", "PostgreSQL", 10, 1, "OPEN", "EUR", "2026-03-01T09:00:00Z");
        rows.enrollment(rows.learners(1).get(0), course, "CONFIRMED", 100_00, "EUR",
                "[{\"rule\":\"coupon\",\"amountMinor\":1000}]", "2026-06-15T12:00:00Z");

        JsonNode line = report("/api/v1/admin/reports/sales?from=2026-06-16&to=2026-06-16").get("courses").get(0);

        assertThat(line.get("fillRate").asString()).as("seats are now, not per period").isEqualTo("0.1000");
        assertThat(line.get("confirmed").asLong()).isZero();
        assertThat(money(line.get("revenue"))).isEqualTo("0.00 EUR");
        assertThat(line.get("discounts")).isEmpty();
    }

    @Test
    void answersAnEmptyListWhenThereAreNoCourses() {
        assertThat(report(YEAR_2026).get("courses")).isEmpty();
    }

    @ParameterizedTest(name = "from={0}&to={1}: {2} refused")
    @CsvSource({
            "2026-02-01, 2026-01-31, to",
            "2024-01-01, 2025-01-01, to",
            "1999-12-31, 2000-01-31, from",
            "2026-13-01, 2026-12-31, from",
            "2026-01-01, 31.12.2026, to",
            "'',         2026-12-31, from",
    })
    @Guards(Risk.WRONG_STATUS_OR_SHAPE)
    void refusesAnInvalidPeriodWithAProblemNamingTheParameter(String from, String to, String parameter) {
        api.http().get().uri(b -> b.path("/api/v1/admin/reports/sales").queryParam("from", from)
                        .queryParam("to", to).build())
                .header("Authorization", "Bearer " + admin)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("invalid_period")
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.errors[0].parameter").isEqualTo(parameter);
    }

    @Test
    @Guards(Risk.WRONG_STATUS_OR_SHAPE)
    void refusesAReportWithoutDates() {
        api.http().get().uri("/api/v1/admin/reports/sales").header("Authorization", "Bearer " + admin)
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("invalid_period")
                .jsonPath("$.errors[0].parameter").isEqualTo("from");
    }

    @Test
    @Guards(Risk.CROSS_LEARNER_READ)
    void refusesTheReportToLearnersAndAnonymousCallers() {
        String learner = api.learnerToken("mallory@example.com");

        api.http().get().uri(YEAR_2026).header("Authorization", "Bearer " + learner).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("forbidden");
        api.http().get().uri(YEAR_2026).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("unauthenticated");
    }

    private JsonNode report(String uri) {
        byte[] body = api.http().get().uri(uri).header("Authorization", "Bearer " + admin)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody().returnResult().getResponseBodyContent();
        return Api.json(body);
    }

    private static String money(JsonNode money) {
        assertThat(money.get("amount").isString()).as("an amount is a decimal string, never a JSON number").isTrue();
        return money.get("amount").asString() + " " + money.get("currency").asString();
    }

    private static String discount(JsonNode line, int index) {
        JsonNode discount = line.get("discounts").get(index);
        return discount.get("rule").asString() + " " + money(discount.get("amount"));
    }

    private static List<String> codes(JsonNode courses) {
        return courses.valueStream().map(line -> line.get("code").asString()).toList();
    }

}
