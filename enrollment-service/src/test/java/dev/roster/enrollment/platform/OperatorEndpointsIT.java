package dev.roster.enrollment.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Metrics are for operators: they are served on the management port (which a deployment keeps off
 * the public network), never on the API port. The health probes stay open on both.
 */
@ServiceIT
@Guards(Risk.OPERATOR_ENDPOINTS_EXPOSED)
class OperatorEndpointsIT {

    @Autowired
    Environment environment;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/jvm.memory.used",
            "/actuator", "/actuator/env", "/actuator/health", "/actuator/info"})
    void servesNoOperatorEndpointOnTheApiPort(String path) throws Exception {
        HttpResponse<String> response = get(apiPort(), path);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(response.body()).contains("\"code\":\"not_found\"").doesNotContain("jvm_memory", "\"measurements\"", "\"components\"", "\"_links\"");
    }

    @Test
    void servesMetricsOnTheManagementPort() throws Exception {
        HttpResponse<String> response = get(managementPort(), "/actuator/prometheus");

        assertThat(managementPort()).isNotEqualTo(apiPort());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("hikaricp_connections_active", "jvm_memory_used_bytes");
    }

    @Test
    void showsWhichBuildAndCommitIsRunningOnTheManagementPort() throws Exception {
        HttpResponse<String> response = get(managementPort(), "/actuator/info");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"build\":", "\"artifact\":\"enrollment-service\"", "\"version\":",
                "\"git\":", "\"commit\":");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/livez", "/readyz"})
    void keepsTheProbesOpenOnTheApiPort(String path) throws Exception {
        HttpResponse<String> response = get(apiPort(), path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health/liveness", "/actuator/health/readiness"})
    void keepsTheProbesOpenOnTheManagementPort(String path) throws Exception {
        HttpResponse<String> response = get(managementPort(), path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    private int apiPort() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }

    private int managementPort() {
        // required: without a management server of its own, there is no such port
        return environment.getRequiredProperty("local.management.port", Integer.class);
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
