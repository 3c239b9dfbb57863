package dev.roster.enrollment.web.apidocs;

import dev.roster.enrollment.web.Problems;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * Adds every problem an operation can answer to its responses: a response per status, typed as the
 * shared {@code Problem} schema in {@code application/problem+json}, with an example per {@code code}.
 * The codes come from three places: the endpoint's own {@link Answers#problems()}; what follows from
 * its shape (a body can be malformed or too large, a parameter invalid, a protected endpoint needs a
 * token and a role). What any request may be answered is on the {@code Problem} schema instead
 * ({@link ApiDocsConfiguration#ANY_REQUEST}). The statuses an endpoint succeeds with are taken from
 * {@link Answers#status()}.
 */
final class ProblemResponses implements OperationCustomizer {

    static final String PROBLEM_SCHEMA = "Problem";
    static final String PROBLEM_MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private static final List<String> WITH_A_BODY = List.of(
            "400 malformed_json", "400 unknown_property", "400 validation_failed", "413 payload_too_large",
            "415 unsupported_media_type");
    private static final List<String> WITH_PARAMETERS = List.of("400 invalid_parameter", "400 validation_failed");
    private static final List<String> WITH_A_TOKEN = List.of("401 unauthenticated", "403 forbidden");
    private static final List<String> ON_EVERY_OPERATION = List.of("406 not_acceptable", "500 internal_error");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Answers answers = handler.getMethodAnnotation(Answers.class);
        if (answers != null) {
            renameSuccess(operation.getResponses(), answers.status());
            if (answers.anonymous()) {
                operation.setSecurity(List.of()); // overrides the document's bearer requirement
            }
        }
        List<String> problems = new ArrayList<>(answers == null ? List.of() : List.of(answers.problems()));
        if (operation.getRequestBody() != null) {
            problems.addAll(WITH_A_BODY);
        }
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> !"header".equals(parameter.getIn()))) {
            problems.addAll(WITH_PARAMETERS);
        }
        if (answers == null || !answers.anonymous()) {
            problems.addAll(WITH_A_TOKEN);
        }
        problems.addAll(ON_EVERY_OPERATION);
        byStatus(problems).forEach((status, codes) ->
                operation.getResponses().put(Integer.toString(status), response(status, codes)));
        return operation;
    }

    /** {@code "404 course_not_found"} and the like, grouped by status, each status's codes sorted. */
    static SortedMap<Integer, SortedSet<String>> byStatus(List<String> problems) {
        SortedMap<Integer, SortedSet<String>> byStatus = new TreeMap<>();
        for (String problem : problems) {
            String[] parts = problem.strip().split(" ");
            if (parts.length != 2 || !parts[0].matches("[45]\\d\\d") || !parts[1].matches("[a-z]+(_[a-z]+)*")) {
                throw new IllegalArgumentException("not '<status> <code>': '" + problem + "'");
            }
            byStatus.computeIfAbsent(Integer.valueOf(parts[0]), status -> new TreeSet<>()).add(parts[1]);
        }
        return byStatus;
    }

    static Example example(int status, String code) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:roster:problem:" + code);
        problem.put("title", HttpStatus.valueOf(status).getReasonPhrase());
        problem.put("status", status);
        problem.put(Problems.CODE, code);
        return new Example().summary(code).value(problem);
    }

    private static ApiResponse response(int status, SortedSet<String> codes) {
        MediaType problem = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA));
        codes.forEach(code -> problem.addExamples(code, example(status, code)));
        return new ApiResponse()
                .description(HttpStatus.valueOf(status).getReasonPhrase() + ": `" + String.join("`, `", codes) + "`")
                .content(new Content().addMediaType(PROBLEM_MEDIA_TYPE, problem));
    }

    /** Springdoc reads 200 off a {@code ResponseEntity}; the endpoint says which statuses it really answers. */
    private static void renameSuccess(ApiResponses responses, int[] statuses) {
        ApiResponse ok = responses.get("200");
        if (statuses.length == 0 || ok == null) {
            return;
        }
        responses.remove("200");
        for (int status : statuses) {
            responses.put(Integer.toString(status), new ApiResponse()
                    .description(HttpStatus.valueOf(status).getReasonPhrase()).content(ok.getContent()));
        }
    }
}
