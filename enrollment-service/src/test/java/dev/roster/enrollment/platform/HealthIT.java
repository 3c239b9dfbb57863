package dev.roster.enrollment.platform;

import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.client.RestTestClient;

@ServiceIT
@Guards(Risk.CRITICAL_JOURNEY_BROKEN)
class HealthIT {

    @Value("${local.management.port}")
    int managementPort;

    RestTestClient http;

    @BeforeEach
    void client() {
        http = RestTestClient.bindToServer(new org.springframework.http.client.JdkClientHttpRequestFactory()).baseUrl("http://localhost:" + managementPort).build();
    }

    @Test
    void reportsReadyOnlyWithTheDatabaseChecked() {
        http.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.db.status").isEqualTo("UP")
                .jsonPath("$.components.readinessState.status").isEqualTo("UP");
    }

    @Test
    void reportsLive() {
        http.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void exposesMetricsForOperators() {
        http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("hikaricp_connections_active", "jvm_memory_used_bytes"));
    }
}
