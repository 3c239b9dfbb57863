package dev.roster.enrollment.web;

import static dev.roster.enrollment.web.HostileValues.quoted;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Generates hostile requests to every endpoint that takes input, from one seeded {@link Random}: a
 * valid request, then one to three mutations of its body (a field replaced by a hostile value, a
 * field removed, a property added), or a body that is no JSON at all (cut short, invalid UTF-8,
 * nested too deep), or hostile query parameters, path variables and Idempotency-Keys. The same seed
 * gives the same requests, so a failure can be replayed.
 */
final class HostileRequests {

    /** Who sends a request. */
    enum As { ANYONE, LEARNER, ADMIN, SPARE_SESSION }

    /** What the generator needs of the running service: ids of things that exist. */
    record Fixtures(String courseId, String patchCourseId, String learnerId, String enrollmentId) {
    }

    /** One endpoint: a valid body for request number i (null for none) and its query parameters. */
    record Endpoint(String name, String method, String path, As as, IntFunction<Map<String, Object>> body,
                    List<String> queryParameters) {
    }

    /** A generated request; {@link #describe()} says enough to see what was sent. */
    record Request(Endpoint endpoint, String pathAndQuery, As as, Map<String, String> headers, byte[] body,
                   String mutation) {

        String describe() {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return endpoint.name() + " " + endpoint.method() + " " + abbreviated(pathAndQuery) + " as " + as + " ["
                    + mutation + "] " + abbreviated(text) + " " + headers.keySet();
        }

        private static String abbreviated(String text) {
            return text.length() <= 300 ? text : text.substring(0, 300) + "...(" + text.length() + " chars)";
        }
    }

    private final Random random;
    private final HostileValues values;
    private final List<Endpoint> endpoints;
    private final Fixtures fixtures;

    HostileRequests(long seed, Fixtures fixtures) {
        this.random = new Random(seed);
        this.values = new HostileValues(random);
        this.fixtures = fixtures;
        this.endpoints = endpoints(fixtures);
    }

    List<Endpoint> endpoints() {
        return endpoints;
    }

    private static List<Endpoint> endpoints(Fixtures f) {
        String course = quoted(f.courseId());
        return List.of(
                new Endpoint("sign-up", "POST", "/api/v1/learners", As.ANYONE, i -> body(
                        "email", quoted("fuzz" + i + "@example.com"), "name", quoted("Fuzz"),
                        "password", quoted("Correct-Horse-9")), List.of()),
                // a wrong password: after a few failures the throttle answers before any Argon2 check, so
                // the run stays short; hostile values still reach the parsing, validation and throttle
                new Endpoint("log-in", "POST", "/api/v1/sessions", As.ANYONE, i -> body(
                        "email", quoted("ada@example.com"), "password", quoted("Wrong-Horse-9")), List.of()),
                new Endpoint("log-out", "DELETE", "/api/v1/sessions/current", As.SPARE_SESSION, i -> null, List.of()),
                new Endpoint("quote", "GET", "/api/v1/courses/{course}/quote", As.LEARNER, i -> null,
                        List.of("coupon")),
                new Endpoint("purchase", "POST", "/api/v1/enrollments", As.LEARNER, i -> body(
                        "courseId", course, "couponCode", quoted("WELCOME"), "paymentToken", quoted("tok_visa")),
                        List.of()),
                new Endpoint("cancel", "POST", "/api/v1/enrollments/{enrollment}/cancel", As.LEARNER, i -> null,
                        List.of()),
                new Endpoint("enrollments", "GET", "/api/v1/enrollments", As.LEARNER, i -> null,
                        List.of("page", "size")),
                new Endpoint("enrollment", "GET", "/api/v1/enrollments/{enrollment}", As.LEARNER, i -> null, List.of()),
                new Endpoint("create course", "POST", "/api/v1/admin/courses", As.ADMIN, i -> body(
                        "code", quoted("FUZZ-" + i), "title", quoted("Fuzzing"), "description", quoted("Hostile input"),
                        "price", body("amount", quoted("129.00"), "currency", quoted("EUR")), "capacity", "20",
                        "startsAt", quoted("2027-01-10T09:00:00Z"), "status", quoted("DRAFT")), List.of()),
                new Endpoint("patch course", "PATCH", "/api/v1/admin/courses/{patchCourse}", As.ADMIN, i -> body(
                        "title", quoted("Patched"), "price", body("amount", quoted("99.50"), "currency", quoted("EUR")),
                        "capacity", "30", "status", quoted("OPEN")), List.of()),
                new Endpoint("admin course", "GET", "/api/v1/admin/courses/{patchCourse}", As.ADMIN, i -> null,
                        List.of()),
                new Endpoint("create coupon", "POST", "/api/v1/admin/coupons", As.ADMIN, i -> body(
                        "code", quoted("FUZZ" + i), "percentOff", "10", "validFrom", quoted("2026-01-01T00:00:00Z"),
                        "validUntil", quoted("2028-01-01T00:00:00Z"), "maxRedemptions", "100"), List.of()),
                new Endpoint("get coupon", "GET", "/api/v1/admin/coupons/{coupon}", As.ADMIN, i -> null, List.of()),
                new Endpoint("member flag", "PUT", "/api/v1/admin/learners/{learner}/member", As.ADMIN,
                        i -> body("member", "true"), List.of()),
                new Endpoint("catalog", "GET", "/api/v1/courses", As.ANYONE, i -> null, List.of("page", "size")),
                new Endpoint("course", "GET", "/api/v1/courses/{course}", As.ANYONE, i -> null, List.of()),
                new Endpoint("learner by id", "GET", "/api/v1/learners/{learner}", As.LEARNER, i -> null, List.of()));
    }

    Request next(int i) {
        Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
        As as = random.nextInt(20) == 0 ? values.pick(List.of(As.values())) : endpoint.as();
        Map<String, String> headers = new LinkedHashMap<>();
        if (endpoint.name().equals("purchase")) {
            headers.putAll(idempotencyKey(i));
        }
        List<String> mutations = new ArrayList<>();
        String path = path(endpoint, mutations);
        String query = query(endpoint, mutations);
        Map<String, Object> valid = endpoint.body().apply(i);
        byte[] body = valid == null ? maybeBodyWhereNoneIsExpected(mutations) : hostileBody(valid, mutations);
        return new Request(endpoint, path + query, as, headers, body, String.join("; ", mutations));
    }

    private String path(Endpoint endpoint, List<String> mutations) {
        String path = endpoint.path();
        // a list, not a Map.of: its iteration order changes from JVM to JVM, and so would the draws
        List<List<String>> variables = List.of(List.of("{course}", fixtures.courseId()),
                List.of("{patchCourse}", fixtures.patchCourseId()), List.of("{learner}", fixtures.learnerId()),
                List.of("{enrollment}", fixtures.enrollmentId()), List.of("{coupon}", "WELCOME"));
        for (List<String> variable : variables) {
            if (path.contains(variable.get(0))) {
                String value = variable.get(1);
                if (random.nextInt(3) == 0) {
                    value = values.encodedPathSegment();
                    mutations.add("path " + variable.get(0));
                }
                path = path.replace(variable.get(0), value.isEmpty() ? "x" : value);
            }
        }
        return path;
    }

    private String query(Endpoint endpoint, List<String> mutations) {
        List<String> pairs = new ArrayList<>();
        for (String name : endpoint.queryParameters()) {
            if (random.nextInt(3) > 0) {
                pairs.add(name + "=" + values.encoded());
                mutations.add("query " + name);
            }
        }
        if (random.nextInt(10) == 0) {
            pairs.add(values.pick(List.of("page=1&page=2", "size", "%00=1", "x%ED%A0%80=1", "coupon=A&coupon=B")));
            mutations.add("odd query");
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private Map<String, String> idempotencyKey(int i) {
        return switch (random.nextInt(10)) {
            case 0 -> Map.of();
            case 1 -> Map.of("Idempotency-Key", "k".repeat(256));
            case 2 -> Map.of("Idempotency-Key", "reused-key");
            case 3 -> Map.of("Idempotency-Key", " ");
            default -> Map.of("Idempotency-Key", "fuzz-" + i);
        };
    }

    private byte[] maybeBodyWhereNoneIsExpected(List<String> mutations) {
        if (random.nextInt(4) > 0) {
            return null;
        }
        mutations.add("unexpected body");
        return hostileBody(body("a", values.anyJson()), mutations);
    }

    private byte[] hostileBody(Map<String, Object> valid, List<String> mutations) {
        if (random.nextInt(5) == 0) {
            return MalformedBodies.of(render(valid), random, mutations);
        }
        int count = 1 + random.nextInt(3);
        for (int m = 0; m < count; m++) {
            mutate(valid, mutations);
        }
        return render(valid).getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private void mutate(Map<String, Object> body, List<String> mutations) {
        List<String> names = new ArrayList<>(body.keySet());
        int choice = random.nextInt(10);
        if (names.isEmpty() || choice == 9) {
            String name = values.extraName();
            body.put(name, values.anyJson());
            mutations.add("extra " + name);
            return;
        }
        String name = names.get(random.nextInt(names.size()));
        if (body.get(name) instanceof Map<?, ?> nested && random.nextBoolean()) {
            mutate((Map<String, Object>) nested, mutations);
        } else if (choice == 8) {
            body.remove(name);
            mutations.add("without " + name);
        } else {
            body.put(name, values.anyJson());
            mutations.add("hostile " + name);
        }
    }

    private static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int n = 0; n < namesAndValues.length; n += 2) {
            body.put((String) namesAndValues[n], namesAndValues[n + 1]);
        }
        return body;
    }

    /** JSON with every value written verbatim: values are JSON fragments already. */
    private static String render(Map<String, Object> body) {
        StringBuilder json = new StringBuilder("{");
        body.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quoted(name)).append(':');
            json.append(value instanceof Map<?, ?> nested ? render(castMap(nested)) : value);
        });
        return json.append('}').toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
