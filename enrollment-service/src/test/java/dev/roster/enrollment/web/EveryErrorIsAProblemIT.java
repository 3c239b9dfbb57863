package dev.roster.enrollment.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;

/**
 * Whatever layer refuses a request (Tomcat's connector, Spring Security's firewall, the security
 * rules, Spring MVC, the error page), the answer is an RFC 9457 problem with a stable code, never
 * Tomcat's HTML page, Spring Boot's default JSON or a 500 from {@code /error}. Sent over a raw
 * socket, as an attacker would send them.
 */
@ServiceIT
@Guards(Risk.BAD_INPUT_ANSWERS_5XX)
class EveryErrorIsAProblemIT {

    private static final String TEN_KB = "k".repeat(10 * 1024);

    @Value("${local.server.port}")
    int port;

    RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    static Stream<Arguments> refusedRequests() {
        return Stream.of(
                refused("a ../ segment (firewall)", "GET", "/api/v1/../api/v1/courses", 400, "request_rejected"),
                refused("an encoded %2e%2e segment (firewall)", "GET", "/api/v1/%2e%2e/courses", 400, "request_rejected"),
                refused("a ; path parameter (firewall)", "GET", "/api/v1/courses;jsessionid=1", 400, "request_rejected"),
                refused("a // in the path (firewall)", "GET", "//api/v1/courses", 400, "request_rejected"),
                refused("an encoded percent %25 (firewall)", "GET", "/api/v1/courses/%25", 400, "request_rejected"),
                refused("a made-up method (firewall)", "FOO", "/api/v1/courses", 400, "request_rejected"),
                refused("PROPFIND (firewall)", "PROPFIND", "/api/v1/courses", 400, "request_rejected"),
                refused("TRACE (Tomcat, through the error page)", "TRACE", "/api/v1/courses", 405, "method_not_allowed"),
                refused("an encoded NUL %00 (Tomcat)", "GET", "/api/v1/courses/a%00b", 400, "bad_request"),
                refused("an encoded slash %2f (Tomcat)", "GET", "/api/v1/courses/a%2fb", 400, "bad_request"),
                refused("an encoded backslash %5c (Tomcat)", "GET", "/api/v1/courses/a%5cb", 400, "bad_request"),
                refused("CONNECT (Tomcat)", "CONNECT", "localhost:443", 405, "method_not_allowed"),
                refused("a 10 KB Idempotency-Key (Tomcat)", "POST", "/api/v1/enrollments", 431, "header_too_large",
                        "Idempotency-Key: " + TEN_KB),
                refused("an unknown path", "GET", "/nope", 404, "not_found"),
                refused("an unknown path under the API", "GET", "/api/v1/nope", 404, "not_found"),
                refused("an unknown path asking for HTML", "GET", "/api/v1/nope", 404, "not_found", "Accept: text/html"),
                refused("the error page called directly", "GET", "/error", 404, "not_found"),
                refused("a multipart body without a boundary", "POST", "/api/v1/learners", 415, "unsupported_media_type",
                        "Content-Type: multipart/form-data", "Content-Length: 0"),
                refused("a control character in a Content-Type Spring MVC reads (firewall, found from outside)", "POST",
                        "/api/v1/learners", 400, "request_rejected", "Content-Type: application/json\u0085",
                        "Content-Length: 0"),
                refused("an unparsable Accept header", "GET", "/api/v1/courses/not-a-uuid", 400, "invalid_parameter",
                        "Accept: */*;q=abc"));
    }

    private static Arguments refused(String name, String method, String target, int status, String code,
                                     String... headers) {
        return Arguments.argumentSet(name, method, target, status, code, headers);
    }

    @ParameterizedTest
    @MethodSource("refusedRequests")
    void answersAProblemWithAStableCode(String method, String target, int status, String code, String[] headers) {
        RawHttp.Response response = http.send(method, target, headers);

        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.raw()).startsWith("application/problem+json");
        assertThat(response.body()).as(response.raw())
                .contains("\"code\":\"" + code + "\"", "\"status\":" + status)
                .doesNotContain("Exception", "<html", "at dev.roster", "at org.", "Tomcat");
    }

    @Test
    void answersHeadOnThePublicCatalogLikeGetWithoutABody() {
        RawHttp.Response get = http.send("GET", "/api/v1/courses");
        RawHttp.Response head = http.send("HEAD", "/api/v1/courses");

        assertThat(head.status()).as(head.raw()).isEqualTo(200).isEqualTo(get.status());
        assertThat(head.header("Content-Type")).isEqualTo(get.header("Content-Type"));
        assertThat(head.body()).isEmpty();
    }

    @Test
    void asksForABearerTokenWhenRefusingAnAnonymousRequest() {
        RawHttp.Response response = http.send("GET", "/api/v1/learners/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).as(response.raw()).startsWith("Bearer");
    }

    @Test
    void asksForABearerTokenWhenRefusingAnUnknownToken() {
        RawHttp.Response response = http.send("GET", "/api/v1/enrollments", "Authorization: Bearer not-a-session");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).as(response.raw()).startsWith("Bearer");
    }
}
