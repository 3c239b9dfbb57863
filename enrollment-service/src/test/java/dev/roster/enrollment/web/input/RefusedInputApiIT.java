package dev.roster.enrollment.web.input;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static dev.roster.enrollment.pricing.domain.CouponFixtures.aCoupon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

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
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Every kind of input the service cannot or must not hold, field by field, over real HTTP: each is
 * refused with 400 {@code validation_failed} naming the field, and nothing is stored. Bodies are
 * raw JSON text, so {@code \u0000} and {@code \ud800} reach the server as the JSON escapes an
 * attacker would send. Each case answered 500 or was stored before the rule.
 */
@ServiceIT
@Guards(Risk.BAD_INPUT_ANSWERS_5XX)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusedInputApiIT {

    /** Who sends the request. */
    enum As { ANYONE, LEARNER, ADMIN }

    private static final String COURSE = """
            {"code":"SQL-1","title":"PostgreSQL","description":"Indexes","price":{"amount":"129.00","currency":"EUR"},
             "capacity":20,"startsAt":"2027-01-10T09:00:00Z"}""";
    private static final String COUPON = """
            {"code":"SPRING","percentOff":10,"validFrom":"2027-01-01T00:00:00Z","validUntil":"2027-02-01T00:00:00Z",
             "maxRedemptions":10}""";
    private static final String SIGN_UP = """
            {"email":"bea@example.com","name":"Bea","password":"Correct-Horse-9"}""";

    @Value("${local.server.port}") int port;
    @Autowired IdentityService identity;
    @Autowired Courses courses;
    @Autowired Coupons coupons;
    @Autowired DataSource dataSource;

    RawHttp http;
    JdbcClient jdbc;
    Map<As, String> tokens;
    Course course;

    /** The two accounts once (hashing passwords is slow); see {@link #anOpenCourseAndACoupon()}. */
    @BeforeAll
    void aLearnerAndAnAdministrator() {
        TestDatabase.emptied();
        jdbc = JdbcClient.create(dataSource);
        Api api = new Api(port);
        tokens = Map.of(As.LEARNER, api.learnerToken("ada@example.com"), As.ADMIN, api.adminToken(identity));
        http = new RawHttp(port);
    }

    /** Whatever a case stored despite the rule is gone before the next, so each case stands alone. */
    @BeforeEach
    void anOpenCourseAndACoupon() {
        jdbc.sql("DELETE FROM learner WHERE email NOT IN ('ada@example.com', 'admin@example.com')").update();
        jdbc.sql("UPDATE learner SET member = false").update();
        jdbc.sql("TRUNCATE login_failure, course, coupon CASCADE").update();
        course = courses.add(aCourse().build());
        coupons.add(aCoupon().withCode("WELCOME").build());
    }

    static Stream<Arguments> hostileFields() {
        return Stream.of(
                // text: NUL cannot be stored (500 before), other controls and lone surrogates were stored
                body("a NUL in the sign-up name", "POST", "/api/v1/learners", As.ANYONE,
                        SIGN_UP.replace("\"Bea\"", "\"B\\u0000ea\""), "/name", "learner"),
                body("a bell character in the sign-up name", "POST", "/api/v1/learners", As.ANYONE,
                        SIGN_UP.replace("\"Bea\"", "\"B\\u0007ea\""), "/name", "learner"),
                body("an unpaired surrogate in the sign-up name", "POST", "/api/v1/learners", As.ANYONE,
                        SIGN_UP.replace("\"Bea\"", "\"B\\ud800ea\""), "/name", "learner"),
                body("an unpaired surrogate in the sign-up email (stored as '?' before)", "POST", "/api/v1/learners",
                        As.ANYONE, SIGN_UP.replace("bea@", "x\\ud800@"), "/email", "learner"),
                body("a NUL in the sign-up password", "POST", "/api/v1/learners", As.ANYONE,
                        SIGN_UP.replace("Correct-Horse-9", "Correct-Horse-9\\u0000"), "/password", "learner"),
                body("a NUL in the log-in email", "POST", "/api/v1/sessions", As.ANYONE,
                        "{\"email\":\"ada\\u0000@example.com\",\"password\":\"Correct-Horse-9\"}", "/email", "login_failure"),
                body("a NUL in the purchase's coupon code", "POST", "/api/v1/enrollments", As.LEARNER,
                        "{\"courseId\":\"{course}\",\"couponCode\":\"WEL\\u0000COME\",\"paymentToken\":\"tok_visa\"}",
                        "/couponCode", "enrollment"),
                body("an unpaired surrogate in the payment token", "POST", "/api/v1/enrollments", As.LEARNER,
                        "{\"courseId\":\"{course}\",\"paymentToken\":\"tok_visa\\udc00\"}", "/paymentToken", "enrollment"),
                body("a NUL in a new course's title", "POST", "/api/v1/admin/courses", As.ADMIN,
                        COURSE.replace("\"PostgreSQL\"", "\"Postgre\\u0000SQL\""), "/title", "course"),
                body("a NUL in a new course's description", "POST", "/api/v1/admin/courses", As.ADMIN,
                        COURSE.replace("\"Indexes\"", "\"Index\\u0000es\""), "/description", "course"),
                body("an escape character in a new course's description", "POST", "/api/v1/admin/courses", As.ADMIN,
                        COURSE.replace("\"Indexes\"", "\"Index\\u001bes\""), "/description", "course"),
                body("a NUL in a changed title", "PATCH", "/api/v1/admin/courses/{course}", As.ADMIN,
                        "{\"title\":\"Re\\u0000named\"}", "/title", "renamed course"),
                body("a NUL after a status name (Jackson trims it away; found from outside)", "PATCH",
                        "/api/v1/admin/courses/{course}", As.ADMIN, "{\"status\":\"CLOSED\\u0000\"}", "/status",
                        "course status"),
                body("a space before a status name", "PATCH", "/api/v1/admin/courses/{course}", As.ADMIN,
                        "{\"status\":\" CLOSED\"}", "/status", "course status"),
                // numbers and dates beyond what the system holds, and silent coercions
                body("a price that overflows every later quote", "POST", "/api/v1/admin/courses", As.ADMIN,
                        COURSE.replace("\"129.00\"", "\"92233720368547758.07\""), "/price/amount", "course"),
                body("a price just above 1,000,000.00", "POST", "/api/v1/admin/courses", As.ADMIN,
                        COURSE.replace("\"129.00\"", "\"1000000.01\""), "/price/amount", "course"),
                body("a price written with an exponent", "POST", "/api/v1/admin/courses", As.ADMIN,
                        COURSE.replace("\"129.00\"", "\"1e2\""), "/price/amount", "course"),
                body("a changed price that overflows", "PATCH", "/api/v1/admin/courses/{course}", As.ADMIN,
                        "{\"price\":{\"amount\":\"92233720368547758.07\",\"currency\":\"EUR\"}}", "/price/amount",
                        "repriced course"),
                body("a start at Instant.MAX", "POST", "/api/v1/admin/courses", As.ADMIN,
                        COURSE.replace("2027-01-10T09:00:00Z", "+1000000000-12-31T23:59:59.999999999Z"), "/startsAt",
                        "course"),
                body("a start in the year 10000", "POST", "/api/v1/admin/courses", As.ADMIN,
                        COURSE.replace("2027-01-10T09:00:00Z", "+10000-01-01T00:00:00Z"), "/startsAt", "course"),
                body("a start before 2000", "POST", "/api/v1/admin/courses", As.ADMIN,
                        COURSE.replace("2027-01-10T09:00:00Z", "1999-12-31T23:59:59Z"), "/startsAt", "course"),
                body("a start given as the number 1e308", "POST", "/api/v1/admin/courses", As.ADMIN,
                        COURSE.replace("\"2027-01-10T09:00:00Z\"", "1e308"), "/startsAt", "course"),
                body("a capacity of 5.7", "POST", "/api/v1/admin/courses", As.ADMIN,
                        COURSE.replace("\"capacity\":20,", "\"capacity\":5.7,"), "/capacity", "course"),
                body("a capacity given as the string \"5\"", "POST", "/api/v1/admin/courses", As.ADMIN,
                        COURSE.replace("\"capacity\":20,", "\"capacity\":\"5\","), "/capacity", "course"),
                body("a status given as the number 1", "POST", "/api/v1/admin/courses", As.ADMIN,
                        COURSE.replace("\"capacity\":20,", "\"capacity\":20,\"status\":1,"),
                        "/status", "course"),
                body("a coupon valid until Instant.MAX", "POST", "/api/v1/admin/coupons", As.ADMIN,
                        COUPON.replace("2027-02-01T00:00:00Z", "+1000000000-12-31T23:59:59.999999999Z"), "/validUntil",
                        "coupon"),
                body("a coupon valid until the year 10000", "POST", "/api/v1/admin/coupons", As.ADMIN,
                        COUPON.replace("2027-02-01T00:00:00Z", "+10000-01-01T00:00:00Z"), "/validUntil", "coupon"),
                body("a coupon with two million redemptions", "POST", "/api/v1/admin/coupons", As.ADMIN,
                        COUPON.replace("10}", "2000000}"), "/maxRedemptions", "coupon"),
                body("a percentage given as the string \"10\"", "POST", "/api/v1/admin/coupons", As.ADMIN,
                        COUPON.replace(":10,", ":\"10\","), "/percentOff", "coupon"),
                body("a member flag given as the string \"true\"", "PUT", "/api/v1/admin/learners/{learner}/member",
                        As.ADMIN, "{\"member\":\"true\"}", "/member", "member"),
                // text outside the body: query parameters and path variables
                parameter("a NUL in the quote's coupon", "GET", "/api/v1/courses/{course}/quote?coupon=WEL%00COME",
                        As.LEARNER, "coupon"),
                parameter("a control character in the quote's coupon", "GET",
                        "/api/v1/courses/{course}/quote?coupon=WEL%01COME", As.LEARNER, "coupon"),
                parameter("a control character in a coupon code in the path", "GET", "/api/v1/admin/coupons/WEL%01COME",
                        As.ADMIN, "code"),
                parameter("a quote's coupon that is not UTF-8", "GET", "/api/v1/courses/{course}/quote?coupon=%FF",
                        As.LEARNER, "?"),
                parameter("a catalog page that is an encoded surrogate", "GET", "/api/v1/courses?page=%ED%A0%80",
                        As.ANYONE, "?"));
    }

    /**
     * Bytes that are no UTF-8, refused before Jackson decodes them: it turned an overlong NUL into a
     * NUL and an overlong slash into a slash (found from outside), and a lone 0xFF is no UTF-8.
     */
    static Stream<Arguments> bytesThatAreNoText() {
        return Stream.of(
                argumentSet("an overlong NUL (C0 80) in the name", new byte[] {(byte) 0xC0, (byte) 0x80},
                        "malformed_json"),
                argumentSet("an overlong slash (C0 AF) in the name", new byte[] {(byte) 0xC0, (byte) 0xAF},
                        "malformed_json"),
                argumentSet("a byte that starts no UTF-8 character (FF) in the name", new byte[] {(byte) 0xFF},
                        "malformed_json"));
    }

    @ParameterizedTest
    @MethodSource("bytesThatAreNoText")
    void refusesASignUpWhoseBytesAreNoTextAndStoresNothing(byte[] bytes, String code) {
        String before = snapshot("learner");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"email\":\"bea@example.com\",\"password\":\"Correct-Horse-9\",\"name\":\"B"
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes("ea\"}".getBytes(StandardCharsets.UTF_8));

        RawHttp.Answer answer = http.send("POST", "/api/v1/learners", null, Map.of(), body.toByteArray());

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(Api.json(answer.body().getBytes(StandardCharsets.UTF_8)).get("code").asString()).isEqualTo(code);
        assertThat(snapshot("learner")).as("what is stored").isEqualTo(before);
    }

    /** Jackson took the last of two emails; another reader would take the first (found from outside). */
    @Test
    void refusesASignUpThatNamesAFieldTwiceAndStoresNothing() {
        String before = snapshot("learner");
        byte[] body = ("{\"email\":\"bea@example.com\",\"password\":\"Correct-Horse-9\",\"name\":\"Bea\","
                + "\"email\":\"eve@example.com\"}").getBytes(StandardCharsets.UTF_8);

        RawHttp.Answer answer = http.send("POST", "/api/v1/learners", null, Map.of(), body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(snapshot("learner")).as("what is stored").isEqualTo(before);
    }

    /** Jackson guessed UTF-16 from the first bytes and accepted the body (found from outside). */
    @Test
    void refusesASignUpWrittenInUtf16AndStoresNothing() {
        String before = snapshot("learner");
        byte[] body = "{\"email\":\"bea@example.com\",\"password\":\"Correct-Horse-9\",\"name\":\"Bea\"}"
                .getBytes(StandardCharsets.UTF_16LE);

        RawHttp.Answer answer = http.send("POST", "/api/v1/learners", null, Map.of(), body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(Api.json(answer.body().getBytes(StandardCharsets.UTF_8)).get("code").asString())
                .isEqualTo("malformed_json");
        assertThat(snapshot("learner")).as("what is stored").isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("hostileFields")
    void refusesWithAFieldErrorAndStoresNothing(String method, String path, As as, String body, String field,
                                                  boolean isParameter, String stored) {
        String before = snapshot(stored);

        RawHttp.Answer answer = http.send(method, resolve(path), tokens.get(as), Map.of("Idempotency-Key", "k-1"),
                body == null ? null : resolve(body).getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = Api.json(answer.body().getBytes(StandardCharsets.UTF_8));
        assertThat(problem.get("code").asString()).isEqualTo("validation_failed");
        assertThat(problem.get("errors").findValuesAsString(isParameter ? "parameter" : "pointer")).contains(field);
        assertThat(snapshot(stored)).as("what is stored").isEqualTo(before);
    }

    private String resolve(String text) {
        String learner = jdbc.sql("SELECT id FROM learner WHERE email = 'ada@example.com'").query(String.class).single();
        return text.replace("{course}", course.id().toString()).replace("{learner}", learner);
    }

    /** What the request must leave as it was. */
    private String snapshot(String stored) {
        String sql = switch (stored) {
            case "learner", "login_failure", "enrollment", "course", "coupon" -> "SELECT count(*) FROM " + stored;
            case "renamed course", "repriced course", "course status" -> "SELECT title || price_minor || status FROM course WHERE id = '"
                    + course.id() + "'";
            case "member" -> "SELECT string_agg(member::text, ',') FROM learner";
            default -> "SELECT 'nothing to compare'";
        };
        return jdbc.sql(sql).query(String.class).single();
    }

    private static Arguments body(String name, String method, String path, As as, String json, String pointer,
                                  String stored) {
        return argumentSet(name, method, path, as, json, pointer, false, stored);
    }

    private static Arguments parameter(String name, String method, String path, As as, String parameter) {
        return argumentSet(name, method, path, as, null, parameter, true, "nothing");
    }
}
