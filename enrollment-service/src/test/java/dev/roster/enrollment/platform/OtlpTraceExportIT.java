package dev.roster.enrollment.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.roster.enrollment.testsupport.ServiceIT;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * With {@code management.opentelemetry.tracing.export.otlp.endpoint} set (the one setting README names), the
 * spans of a request reach that OTLP endpoint (HTTP, protobuf; WireMock stands in for the collector).
 */
@ServiceIT
@DirtiesContext
class OtlpTraceExportIT {

    static final WireMockServer COLLECTOR = startedCollector();

    @Value("${local.server.port}") int port;

    @DynamicPropertySource
    static void collector(DynamicPropertyRegistry properties) {
        properties.add("management.opentelemetry.tracing.export.otlp.endpoint", () -> COLLECTOR.baseUrl() + "/v1/traces");
    }

    @AfterAll
    static void stopTheCollector() {
        COLLECTOR.stop();
    }

    @Test
    void exportsTheSpansOfARequestToTheConfiguredEndpoint() {
        RestClient.create("http://127.0.0.1:" + port).get().uri("/api/v1/courses").retrieve().toBodilessEntity();

        List<LoggedRequest> exports = await("spans at the collector").atMost(Duration.ofSeconds(30))
                .until(() -> COLLECTOR.findAll(postRequestedFor(urlEqualTo("/v1/traces"))), found -> !found.isEmpty());
        assertThat(exports.getFirst().getHeader("Content-Type")).isEqualTo("application/x-protobuf");
        // protobuf keeps strings as they are: the resource names the service, a span the route
        ByteArrayOutputStream bodies = new ByteArrayOutputStream();
        exports.forEach(export -> bodies.writeBytes(export.getBody()));
        assertThat(bodies.toString(StandardCharsets.ISO_8859_1)).contains("enrollment-service", "/api/v1/courses");
    }

    private static WireMockServer startedCollector() {
        WireMockServer collector = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        collector.start();
        collector.stubFor(post("/v1/traces").willReturn(aResponse().withStatus(200)));
        return collector;
    }
}
