package dev.roster.enrollment.payment.adapter;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * The real payment-sandbox, started from its built jar as its own process on a free loopback port (as
 * journeys' RunningJar does): running it inside this JVM would put the service's own auto-configuration
 * (database, security, broker) around it. Its output goes to {@code target/payment-sandbox.log}.
 */
final class RunningSandbox implements AutoCloseable {

    /** Set by Failsafe (enrollment-service/pom.xml); the reactor builds the sandbox first. */
    private static final String JAR_PROPERTY = "roster.payment-sandbox.jar";

    private final Process process;
    private final URI baseUrl;

    private RunningSandbox(Process process, URI baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    static RunningSandbox start(List<String> arguments) {
        Path jar = Path.of(System.getProperty(JAR_PROPERTY,
                "../payment-sandbox/target/payment-sandbox-exec.jar")).toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build payment-sandbox first (mvn -pl enrollment-service -am verify does)");
        }
        int port = freePort();
        Path log = Path.of("target", "payment-sandbox.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1"));
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            RunningSandbox sandbox = new RunningSandbox(process, URI.create("http://127.0.0.1:" + port));
            sandbox.awaitHealthy(log);
            return sandbox;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the payment sandbox", e);
        }
    }

    URI baseUrl() {
        return baseUrl;
    }

    private void awaitHealthy(Path log) {
        URI health = baseUrl.resolve("/actuator/health");
        try {
            Awaitility.await("payment sandbox healthy at " + health + " (log: " + log.toAbsolutePath() + ")")
                    .atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(200))
                    .failFast("the payment sandbox exited; see " + log.toAbsolutePath(), () -> !process.isAlive())
                    .until(() -> answers200(health));
        } catch (RuntimeException | Error notHealthy) {
            close();
            throw notHealthy;
        }
    }

    private static boolean answers200(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
