package dev.roster.journeys.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * One setting turns a service's console log into one JSON object per line (Spring Boot's structured
 * logging, ECS format) for a log shipper; without it the log stays plain text for people.
 */
class StructuredLogsIT {

    private static final Path JAR = Path.of("..").toAbsolutePath().normalize()
            .resolve("payment-sandbox/target/payment-sandbox-exec.jar");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void writesOneJsonObjectPerLineWithOneSetting() throws Exception {
        List<String> lines = startedLogOf("structured", "--logging.structured.format.console=ecs");

        assertThat(lines).isNotEmpty().allSatisfy(line -> {
            JsonNode entry = json.readTree(line);
            assertThat(entry.path("@timestamp").asString()).isNotBlank();
            assertThat(entry.path("log").path("level").asString()).isIn("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
            assertThat(entry.path("message").isString()).isTrue();
        });
        assertThat(lines).anySatisfy(line -> assertThat(json.readTree(line).path("message").asString())
                .contains("Started"));
    }

    @Test
    void writesPlainTextByDefault() throws Exception {
        List<String> lines = startedLogOf("plain");

        assertThat(lines).anySatisfy(line -> assertThat(line).contains("INFO").contains("Started"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).startsWith("{"));
    }

    /** The lines the sandbox logged until it said it started, then stopped. */
    private static List<String> startedLogOf(String name, String... settings) throws Exception {
        Path log = Path.of("target", "structured-logs", name + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toString(), "--server.port=" + freePort(), "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off"));
        command.addAll(List.of(settings));
        Process sandbox = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Awaitility.await(name + " sandbox started (log: " + log + ")").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(250))
                    .failFast("it exited", () -> !sandbox.isAlive())
                    .until(() -> Files.readString(log).contains("Started"));
        } finally {
            sandbox.destroy();
            if (!sandbox.waitFor(20, TimeUnit.SECONDS)) {
                sandbox.destroyForcibly();
            }
        }
        return Files.readAllLines(log).stream().filter(line -> !line.isBlank())
                .takeWhile(line -> !line.contains("Commencing graceful shutdown")).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
