package dev.roster.enrollment.web.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.enrollment.web.Problems;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published OpenAPI document against what the service really does, the way the pacts are
 * checked: every route of the API is in it, every problem code the code base can answer is listed
 * in it (and none it cannot), the operations it calls open answer without a token while the others
 * refuse, and the committed copy {@code docs/openapi.json} is this document. When the copy is stale,
 * regenerate it with {@value #REGENERATE}.
 */
@ServiceIT
@Guards(Risk.API_DOCUMENT_WRONG)
class ApiDocumentIT {

    static final String REGENERATE = "./mvnw -pl enrollment-service -am verify -DskipMutationTests "
            + "-Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ApiDocumentIT -Droster.openapi.write=true";
    private static final Path COMMITTED = Path.of("..", "docs", "openapi.json");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT, SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    @Value("${local.server.port}")
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newHttpClient();
    private JsonNode document;

    @BeforeEach
    void fetchTheDocument() throws Exception {
        TestDatabase.emptied();
        HttpResponse<String> answer = send("GET", "/v3/api-docs", null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        document = JSON.readTree(answer.body());
    }

    @Test
    void isOpenApi31WithTheBearerSchemeRequiredByDefault() {
        assertThat(document.path("openapi").asString()).startsWith("3.1");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/security/0").has("bearer")).isTrue();
    }

    @Test
    void documentsEveryRouteOfTheApi() {
        List<String> routes = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    assertThat(methods).as("%s names its methods", pattern).isNotEmpty();
                    methods.forEach(method -> routes.add(method + " " + pattern));
                }));

        assertThat(routes).as("the API's routes").hasSizeGreaterThan(20);
        assertThat(routes).allSatisfy(route -> {
            String[] parts = route.split(" ");
            assertThat(document.path("paths").path(parts[1]).has(parts[0].toLowerCase()))
                    .as("%s is in /v3/api-docs", route).isTrue();
        });
    }

    @Test
    void listsEveryProblemCodeTheServiceCanAnswerAndNoOther() throws IOException {
        Set<String> listed = new TreeSet<>();
        document.at("/components/schemas/Problem/properties/code/enum").forEach(code -> listed.add(code.asString()));
        Set<String> answered = ProblemCodesInTheSource.of(Path.of("src", "main", "java"));
        for (int status = 400; status < 600; status++) {
            answered.add(Problems.codeFor(status));
        }

        assertThat(listed).as("codes the document lists; regenerate with " + REGENERATE)
                .containsAll(answered);
        assertThat(answered).as("codes the code base answers (a code listed in @Answers that nothing produces?)")
                .containsAll(listed);
    }

    @Test
    void everyOperationListsTheProblemsItAnswersAsProblemDocuments() {
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode responses = operation.getValue().path("responses");
            assertThat(responses.has("500")).as("%s %s answers 500", operation.getKey(), path.getKey()).isTrue();
            responses.properties().stream().filter(response -> response.getKey().matches("[45]\\d\\d"))
                    .forEach(response -> assertThat(response.getValue()
                            .at("/content/application~1problem+json/examples").size())
                            .as("codes of %s for %s %s", response.getKey(), operation.getKey(), path.getKey())
                            .isPositive());
        }));
    }

    @Test
    void operationsItCallsOpenAnswerWithoutATokenAndTheOthersRefuse() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                boolean open = operation.getValue().has("security") && operation.getValue().path("security").isEmpty();
                String address = path.getKey().replace("{id}", UUID.randomUUID().toString()).replace("{code}", "NOPE");
                String method = operation.getKey().toUpperCase();
                HttpResponse<String> answer = send(method, address,
                        operation.getValue().has("requestBody") ? "{}" : null);
                boolean refused = answer.statusCode() == 401 && answer.body().contains("\"unauthenticated\"");
                if (open == refused) {
                    wrong.add("%s %s: documented %s, answered %d without a token"
                            .formatted(method, path.getKey(), open ? "open" : "protected", answer.statusCode()));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @Guards(Risk.BROWSER_PROTECTIONS_MISSING)
    void swaggerUiOpensWithoutATokenAndOnlyItsFilesMayApplyInlineStyles() throws Exception {
        HttpResponse<String> entry = send("GET", "/swagger-ui.html", null);
        HttpResponse<String> page = send("GET", "/swagger-ui/index.html", null);
        HttpResponse<String> api = send("GET", "/v3/api-docs", null);

        assertThat(entry.statusCode()).isEqualTo(302);
        assertThat(entry.headers().firstValue("Location")).hasValue("/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js").doesNotContain("<script>");
        String strict = api.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(strict).contains("style-src 'self';").doesNotContain("unsafe");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValue(strict.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';"));
        assertThat(send("GET", "/index.html", null).headers().firstValue("Content-Security-Policy")).hasValue(strict);
    }

    @Test
    void theCommittedCopyIsThePublishedDocument() throws IOException {
        String published = JSON.writeValueAsString(JSON.readValue(JSON.writeValueAsString(document), Map.class)) + "\n";
        if (Boolean.getBoolean("roster.openapi.write")) {
            Files.writeString(COMMITTED, published, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";

        assertThat(committed)
                .as("docs/openapi.json is stale: regenerate it with%n  %s%nand commit it", REGENERATE)
                .isEqualTo(published);
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json, application/problem+json");
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
