package dev.roster.enrollment.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.RosterEnrollmentApplication;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The local run as a new user meets it: no database configured, so Roster starts its own real
 * PostgreSQL, loads the demo catalog, and finds the same data after a restart.
 */
@Guards(Risk.CRITICAL_JOURNEY_BROKEN)
class EmbeddedDatabaseIT {

    @TempDir
    Path dataDirectory;

    @Test
    void keepsItsDataAcrossARestart() {
        String firstCatalog;
        try (ConfigurableApplicationContext first = startLocalRun()) {
            firstCatalog = catalogOf(first);
            readinessOf(first).jsonPath("$.status").isEqualTo("UP");
        }
        assertThat(firstCatalog).contains("JAVA-101");

        try (ConfigurableApplicationContext second = startLocalRun()) {
            assertThat(catalogOf(second)).as("the same courses, same ids, none added twice").isEqualTo(firstCatalog);
        }
    }

    private ConfigurableApplicationContext startLocalRun() {
        return new SpringApplicationBuilder(RosterEnrollmentApplication.class)
                .profiles("local")
                // arguments, not default properties: the local profile's own ports (8080, 9080) would
                // win over defaults, and a Roster already running on this machine would fail the test
                .run("--server.port=0",
                        "--management.server.port=0",
                        "--spring.datasource.url=",
                        "--roster.embedded-database.data-directory=" + dataDirectory);
    }

    private static RestTestClient clientOf(ConfigurableApplicationContext context) {
        String port = context.getEnvironment().getProperty("local.server.port");
        return RestTestClient.bindToServer(new org.springframework.http.client.JdkClientHttpRequestFactory()).baseUrl("http://localhost:" + port).build();
    }

    private static String catalogOf(ConfigurableApplicationContext context) {
        byte[] body = clientOf(context).get().uri("/api/v1/courses").exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent();
        return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static org.springframework.test.web.servlet.client.RestTestClient.BodyContentSpec readinessOf(
            ConfigurableApplicationContext context) {
        return clientOf(context).get().uri("/readyz").exchange()
                .expectStatus().isOk()
                .expectBody();
    }
}
