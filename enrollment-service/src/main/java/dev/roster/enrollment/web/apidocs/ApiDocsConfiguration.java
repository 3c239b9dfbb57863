package dev.roster.enrollment.web.apidocs;

import dev.roster.enrollment.web.Problems;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 document of the API (springdoc: {@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}): the bearer scheme, required everywhere but where an endpoint is
 * {@link Answers#anonymous()}; one {@code Problem} schema for every error, its {@code code} listing every
 * code the API answers; per operation the problems it answers ({@link ProblemResponses}). The committed
 * copy is {@code docs/openapi.json}; {@code ApiDocumentIT} keeps it, the routes and the codes in step.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static final String BEARER = "bearer";

    /** What any request may be answered, whatever the endpoint (the firewall, Tomcat, Spring MVC, the error page). */
    static final Map<String, String> ANY_REQUEST = anyRequest();

    private static Map<String, String> anyRequest() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("bad_request", "400: a malformed path (`%00`, `%2f`, `%5c`) or header");
        codes.put("request_rejected", "400: a path or method the firewall refuses (`..`, `;`, `//`, PROPFIND)");
        codes.put("not_found", "404: no such address");
        codes.put("method_not_allowed", "405: the address does not take this method (TRACE and CONNECT never)");
        codes.put("not_acceptable", "406: the Accept header asks for nothing the endpoint writes");
        codes.put("request_timeout", "408: the request did not arrive in time");
        codes.put("uri_too_long", "414: the request line is too long");
        codes.put("header_too_large", "431: request line or headers over 8 KB");
        codes.put("request_error", "another 4xx the server refused the request with");
        codes.put("internal_error", "500: a bug; logged, never explained");
        return Map.copyOf(codes);
    }

    @Bean
    OpenAPI rosterOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Roster enrollment-service").version("v1").description("""
                        Course enrollment: the catalog, accounts and sessions, quotes, purchases and the \
                        administrator's courses, coupons and report. Log in with `POST /api/v1/sessions` and \
                        send the token it answers as `Authorization: Bearer <token>` (Swagger UI: Authorize). \
                        Every error is an RFC 9457 `application/problem+json` document with a stable `code`; \
                        each operation lists the codes it answers, and the `Problem` schema those any request \
                        may get."""))
                .servers(List.of(new Server().url("/").description("this server")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("The token `POST /api/v1/sessions` answers; valid one hour."))
                        .addSchemas(ProblemResponses.PROBLEM_SCHEMA, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OperationCustomizer problemResponses() {
        return new ProblemResponses();
    }

    /** Lists, on the Problem schema, every code any operation answers and those any request may get. */
    @Bean
    OpenApiCustomizer everyProblemCode() {
        return openApi -> {
            SortedSet<String> codes = new TreeSet<>(ANY_REQUEST.keySet());
            openApi.getPaths().values().stream()
                    .flatMap(path -> path.readOperations().stream())
                    .flatMap(operation -> operation.getResponses().values().stream())
                    .map(response -> response.getContent() == null ? null
                            : response.getContent().get(ProblemResponses.PROBLEM_MEDIA_TYPE))
                    .filter(Objects::nonNull)
                    .map(MediaType::getExamples)
                    .filter(Objects::nonNull)
                    .forEach(examples -> codes.addAll(examples.keySet()));
            Schema<?> problem = openApi.getComponents().getSchemas().get(ProblemResponses.PROBLEM_SCHEMA);
            @SuppressWarnings("unchecked")
            Schema<String> code = (Schema<String>) problem.getProperties().get(Problems.CODE);
            code.setEnum(List.copyOf(codes));
        };
    }

    private static Schema<?> problemSchema() {
        String anyRequest = ANY_REQUEST.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> "`" + entry.getKey() + "` (" + entry.getValue() + ")")
                .collect(Collectors.joining("; "));
        Schema<Object> fieldError = new ObjectSchema()
                .description("One refused input: a body field (`pointer`, a JSON pointer) or a parameter (`parameter`).")
                .addProperty("pointer", new StringSchema())
                .addProperty("parameter", new StringSchema())
                .addProperty("detail", new StringSchema());
        return new ObjectSchema()
                .description("An RFC 9457 problem document. Any request may also be answered: " + anyRequest + ".")
                .addProperty("type", new StringSchema().description("`urn:roster:problem:<code>`"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("For people; may change, never switch on it."))
                .addProperty("instance", new StringSchema())
                .addProperty(Problems.CODE, new StringSchema().description("Stable: what clients switch on."))
                .addProperty("errors", new ArraySchema().items(fieldError))
                .required(List.of("type", "title", "status", Problems.CODE));
    }
}
