package dev.roster.enrollment.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.testsupport.Api;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;

/**
 * What a browser meets: the pages are served to anyone with a strict Content-Security-Policy and the
 * other protective headers, on API answers too; no answer ever sets a cookie, so the session is only
 * the bearer token the pages keep in sessionStorage; and a cross-site form post, the classic CSRF, is
 * refused because it can carry neither that token nor a JSON body. Over a raw socket, so the test
 * sends exactly what another site's page would make a browser send.
 */
@ServiceIT
class BrowserProtectionsIT {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
            + "form-action 'self'";
    private static final String EVIL = "Origin: https://evil.example";
    private static final String EMAIL = "ada@example.com";

    @Value("${local.server.port}")
    int port;

    RawHttp http;
    Api api;

    @BeforeEach
    void freshService() {
        TestDatabase.emptied();
        http = new RawHttp(port);
        api = new Api(port);
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/", "/index.html"})
    @Guards(Risk.BROWSER_PROTECTIONS_MISSING)
    void servesTheFrontPageToAnyoneAsHtmlUnderTheStrictPolicy(String path) {
        RawHttp.Response page = http.send("GET", path, "Accept: text/html");

        assertThat(page.status()).as(page.raw()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<html", "<title>Roster");
        assertProtected(page);
    }

    @Test
    @Guards(Risk.BROWSER_PROTECTIONS_MISSING)
    void servesAssetsWithTheirOwnContentTypeSoNosniffLetsThemThrough() {
        RawHttp.Response asset = http.send("GET", "/assets/test-only/probe.css");

        assertThat(asset.status()).as(asset.raw()).isEqualTo(200);
        assertThat(asset.header("Content-Type")).startsWith("text/css");
        assertThat(asset.header("Cache-Control")).as("revalidated after a deployment").isEqualTo("no-cache");
        assertProtected(asset);
    }

    static Stream<Arguments> apiAnswers() {
        return Stream.of(
                Arguments.argumentSet("the catalog (200)", "GET", "/api/v1/courses", 200, new String[0]),
                Arguments.argumentSet("an API call without a token (401)", "GET", "/api/v1/enrollments", 401,
                        new String[0]),
                Arguments.argumentSet("an unknown page (404)", "GET", "/nope.html", 404, new String[0]),
                Arguments.argumentSet("an unknown API path (404)", "GET", "/api/v1/nope", 404, new String[0]),
                Arguments.argumentSet("a bad parameter (400)", "GET", "/api/v1/courses/not-a-uuid", 400,
                        new String[0]));
    }

    @ParameterizedTest
    @MethodSource("apiAnswers")
    @Guards(Risk.BROWSER_PROTECTIONS_MISSING)
    void protectsEveryAnswerOfTheApiToo(String method, String path, int status, String[] headers) {
        RawHttp.Response answer = http.send(method, path, headers);

        assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
        assertProtected(answer);
    }

    @Test
    @Guards({Risk.BROWSER_PROTECTIONS_MISSING, Risk.CROSS_SITE_REQUEST_FORGERY})
    void neverSetsACookieOnALogInOrAnAuthenticatedCall() {
        api.signUp(EMAIL);

        RawHttp.Response login = post("/api/v1/sessions", "application/json",
                "{\"email\":\"" + EMAIL + "\",\"password\":\"" + Api.PASSWORD + "\"}");
        assertThat(login.status()).as(login.raw()).isEqualTo(201);
        assertProtected(login);
        String token = Api.json(login.body().getBytes(StandardCharsets.UTF_8)).get("token").asString();

        RawHttp.Response me = http.send("GET", "/api/v1/learners/me", "Authorization: Bearer " + token);
        assertThat(me.status()).as(me.raw()).isEqualTo(200);
        assertProtected(me);
    }

    @ParameterizedTest(name = "GET {0} is a 404 problem")
    @ValueSource(strings = {"/nope.html", "/assets/nope.js", "/assets/", "/assets/test-only/", "/application.yml",
            "/static/index.html", "/db/migration/V1__create_course.sql", "/index.htm", "/logback-test.xml"})
    @Guards(Risk.WRONG_STATUS_OR_SHAPE)
    void answersUnknownOrUnservedFilesWithA404Problem(String path) {
        RawHttp.Response answer = http.send("GET", path, "Accept: text/html");

        assertThat(answer.status()).as(answer.raw()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"code\":\"not_found\"");
    }

    @Test
    @Guards(Risk.WRONG_STATUS_OR_SHAPE)
    void refusesToPostToAPageWithAProblem() {
        RawHttp.Response answer = post("/index.html", "application/x-www-form-urlencoded", "a=b");

        assertThat(answer.status()).as(answer.raw()).isEqualTo(405);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"code\":\"method_not_allowed\"");
    }

    @ParameterizedTest(name = "a {0} post to buy a seat is refused unauthenticated")
    @ValueSource(strings = {"application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"})
    @Guards(Risk.CROSS_SITE_REQUEST_FORGERY)
    void refusesACrossSiteFormPostToBuyASeat(String contentType) {
        RawHttp.Response answer = post("/api/v1/enrollments", contentType,
                "courseId=01a1fc91-9f25-701c-9ff1-52d65428da53&paymentToken=tok_visa",
                EVIL, "Cookie: JSESSIONID=whatever-the-browser-holds");

        assertThat(answer.status()).as(answer.raw()).isEqualTo(401);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"code\":\"unauthenticated\"");
        assertThat(answer.header("Access-Control-Allow-Origin")).as("no other origin may read the answer").isNull();
        assertThat(answer.header("Set-Cookie")).isNull();
    }

    @ParameterizedTest(name = "a {0} post to log in is refused")
    @ValueSource(strings = {"application/x-www-form-urlencoded", "text/plain"})
    @Guards(Risk.CROSS_SITE_REQUEST_FORGERY)
    void refusesACrossSiteFormPostToLogIn(String contentType) {
        api.signUp(EMAIL);
        // a text/plain form can carry a JSON-looking body; only application/json is read as JSON
        String body = contentType.equals("text/plain")
                ? "{\"email\":\"" + EMAIL + "\",\"password\":\"" + Api.PASSWORD + "\"}"
                : "email=" + EMAIL + "&password=" + Api.PASSWORD;

        RawHttp.Response answer = post("/api/v1/sessions", contentType, body, EVIL);

        assertThat(answer.status()).as(answer.raw()).isEqualTo(415);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"code\":\"unsupported_media_type\"").doesNotContain("token");
        assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
        assertThat(answer.header("Set-Cookie")).isNull();
    }

    @Test
    @Guards(Risk.CROSS_SITE_REQUEST_FORGERY)
    void grantsAnotherOriginsScriptNoReadOfTheApi() {
        RawHttp.Response answer = http.send("GET", "/api/v1/courses", EVIL);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
        assertThat(answer.header("Access-Control-Allow-Credentials")).isNull();
    }

    /** A POST with a body, written by hand as a browser would send a form. */
    private RawHttp.Response post(String path, String contentType, String body, String... headerLines) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("Content-Type: ").append(contentType).append("\r\n")
                .append("Content-Length: ").append(bytes.length).append("\r\n")
                .append("Connection: close\r\n\r\n")
                .append(body);
        return http.sendRaw(request.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProtected(RawHttp.Response answer) {
        assertThat(answer.header("Content-Security-Policy")).as(answer.raw()).isEqualTo(POLICY);
        assertThat(answer.header("X-Content-Type-Options")).as(answer.raw()).isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).as(answer.raw()).isEqualTo("no-referrer");
        assertThat(answer.header("X-Frame-Options")).as(answer.raw()).isEqualTo("DENY");
        assertThat(answer.header("Set-Cookie")).as(answer.raw()).isNull();
    }
}
