package dev.roster.smoke;

import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The checks of a smoke run, in the order a learner meets the system: is it ready, does the catalog
 * answer, is the front page served with its protections, is the OpenAPI document there (when it is
 * published), can a throwaway learner sign up, log in and get a quote, and, with {@code --purchase},
 * buy a seat, replay the purchase with its Idempotency-Key and cancel it. Each check fails with what it
 * saw; the run stops at the first failure.
 */
final class Checks {

    /** The sandbox's card that is always charged; a real provider refuses it, hence sandbox only. */
    static final String SANDBOX_CARD = "tok_visa";

    private final Deployment deployment;
    private final Steps steps;
    private final String suffix = UUID.randomUUID().toString();
    private final String email = "smoke+" + suffix + "@example.com";
    private final String password = "Smoke-" + suffix.substring(0, 13) + "-9";
    private JsonNode course;
    private String token;
    private String enrollmentId;

    Checks(Deployment deployment, Steps steps) {
        this.deployment = deployment;
        this.steps = steps;
    }

    void run(boolean purchase) {
        steps.run("readiness", this::readiness);
        steps.run("catalog", this::catalog);
        steps.run("front page", this::frontPage);
        steps.run("openapi", this::openApi);
        steps.run("sign-up", this::signUp);
        steps.run("log-in", this::logIn);
        steps.run("quote", this::quote);
        if (purchase) {
            steps.run("purchase", this::purchase);
            steps.run("purchase replay", this::replay);
            steps.run("cancel", this::cancel);
        }
        steps.run("log-out", this::logOut);
    }

    private String readiness() {
        String status = deployment.get("/readyz", Map.of()).expect(200).json().path("status").asString("");
        if (!status.equals("UP")) {
            throw new StepFailed("/readyz answered 200 with status '" + status + "', expected UP");
        }
        return "/readyz is UP";
    }

    private String catalog() {
        JsonNode page = deployment.get("/api/v1/courses?size=100", Map.of()).expect(200).json();
        JsonNode items = page.path("items");
        if (!items.isArray()) {
            throw new StepFailed("GET /api/v1/courses has no items: " + Deployment.shortened(page.toString()));
        }
        course = items.valueStream()
                .filter(c -> c.path("status").asString("").equals("OPEN") && c.path("seatsAvailable").asInt(0) > 0)
                .findFirst().orElse(null);
        String total = page.path("totalItems").asString("?");
        return course == null ? total + " courses, none open with a free seat"
                : total + " courses; " + course.path("code").asString() + " is open with "
                + course.path("seatsAvailable").asInt() + " seats free";
    }

    private String frontPage() {
        Deployment.Answer page = deployment.get("/", Map.of("Accept", "text/html")).expect(200);
        String type = page.header("Content-Type").orElse("");
        if (!type.startsWith("text/html")) {
            throw new StepFailed("GET / answered " + (type.isEmpty() ? "no Content-Type" : type) + ", expected text/html");
        }
        String policy = page.header("Content-Security-Policy")
                .orElseThrow(() -> new StepFailed("GET / has no Content-Security-Policy header"));
        if (!policy.contains("script-src 'self'") || policy.contains("unsafe-inline") || policy.contains("unsafe-eval")) {
            throw new StepFailed("GET / has a Content-Security-Policy that lets other scripts run: " + policy);
        }
        return "HTML under a strict Content-Security-Policy";
    }

    private String openApi() {
        Deployment.Answer answer = deployment.get("/v3/api-docs", Map.of());
        if (answer.status() == 404) {
            throw new Skipped("no OpenAPI document here (/v3/api-docs answered 404)");
        }
        String version = answer.expect(200).json().path("openapi").asString("");
        if (version.isEmpty()) {
            throw new StepFailed("/v3/api-docs is not an OpenAPI document: " + Deployment.shortened(answer.body()));
        }
        return "OpenAPI " + version;
    }

    private String signUp() {
        deployment.send("POST", "/api/v1/learners", """
                {"email":"%s","name":"Smoke check","password":"%s"}""".formatted(email, password), Map.of())
                .expect(201);
        return email;
    }

    private String logIn() {
        token = deployment.send("POST", "/api/v1/sessions", """
                {"email":"%s","password":"%s"}""".formatted(email, password), Map.of())
                .expect(201).json().path("token").asString("");
        if (token.isEmpty()) {
            throw new StepFailed("POST /api/v1/sessions answered 201 without a token");
        }
        return "a session token";
    }

    private String quote() {
        if (course == null) {
            throw new Skipped("no open course with a free seat to quote");
        }
        JsonNode quote = deployment.get("/api/v1/courses/" + courseId() + "/quote", bearer()).expect(200).json();
        return money(quote.path("total")) + " for " + course.path("code").asString();
    }

    private String purchase() {
        if (course == null) {
            throw new StepFailed("nothing to buy: no open course with a free seat in the catalog");
        }
        JsonNode enrollment = buy().expect(201).json();
        requireStatus(enrollment, "CONFIRMED");
        enrollmentId = enrollment.path("id").asString();
        return "CONFIRMED, enrollment " + enrollmentId + ", total " + money(enrollment.path("price").path("total"));
    }

    private String replay() {
        JsonNode again = buy().expect(201).json();
        if (!again.path("id").asString("").equals(enrollmentId)) {
            throw new StepFailed("the same Idempotency-Key answered another enrollment: " + again.path("id").asString());
        }
        return "the same Idempotency-Key answers the same enrollment";
    }

    private String cancel() {
        JsonNode cancelled = deployment.send("POST", "/api/v1/enrollments/" + enrollmentId + "/cancel", null, bearer())
                .expect(200).json();
        requireStatus(cancelled, "CANCELLED");
        return "CANCELLED (refunded)";
    }

    private String logOut() {
        deployment.send("DELETE", "/api/v1/sessions/current", null, bearer()).expect(204);
        return "session ended";
    }

    private Deployment.Answer buy() {
        Map<String, String> headers = Map.of("Authorization", "Bearer " + token, "Idempotency-Key", "smoke-" + suffix);
        return deployment.send("POST", "/api/v1/enrollments", """
                {"courseId":"%s","paymentToken":"%s"}""".formatted(courseId(), SANDBOX_CARD), headers);
    }

    /** The API's one money shape, {@code {"amount": "129.00", "currency": "EUR"}}, as "129.00 EUR"; "?" for what is missing. */
    static String money(JsonNode money) {
        return money.path("amount").asString("?") + " " + money.path("currency").asString("?");
    }

    private static void requireStatus(JsonNode enrollment, String expected) {
        String status = enrollment.path("status").asString("");
        if (!status.equals(expected)) {
            throw new StepFailed("the enrollment is " + status + " (" + enrollment.path("reason").asString("") + "), expected "
                    + expected);
        }
    }

    private String courseId() {
        return course.path("id").asString();
    }

    private Map<String, String> bearer() {
        if (token == null || token.isEmpty()) {
            throw new StepFailed("no session: log-in did not succeed");
        }
        return Map.of("Authorization", "Bearer " + token);
    }
}
