package dev.roster.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * One of Roster's runnable jars started as its own process on a free loopback port, as an operator
 * would run it; its output goes to {@code target/e2e-logs/<name>.log}. It gets exactly the settings it is
 * given as arguments: no {@code SPRING_*} or {@code ROSTER_*} variable of the shell that runs the tests
 * reaches it.
 */
public final class RunningJar implements AutoCloseable {

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private RunningJar(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RunningJar start(String name, Path jar, int port, String healthPath, List<String> arguments) {
        RunningJar running = launch(name, jar, port, arguments);
        running.awaitHealthy(healthPath);
        return running;
    }

    /** Starts the process without waiting for it, so several jars can start at once; then {@link #awaitHealthy}. */
    public static RunningJar launch(String name, Path jar, int port, List<String> arguments) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./roster test does)");
        }
        try {
            Path logs = Path.of("target", "e2e-logs");
            Files.createDirectories(logs);
            Path log = logs.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1"));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(variable -> variable.startsWith("SPRING_") || variable.startsWith("ROSTER_"));
            Process process = builder.start();
            return new RunningJar(name, process, port, log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name, e);
        }
    }

    public void awaitHealthy(String healthPath) {
        URI health = URI.create(url() + healthPath);
        Awaitility.await(name + " healthy at " + health + " (log: " + log.toAbsolutePath() + ")")
                .atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(250))
                .failFast(name + " exited; see " + log.toAbsolutePath(), () -> !process.isAlive())
                .until(() -> answers200(health));
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

    /**
     * Waits for a jar that is expected to stop by itself (one refusing to start, say) and returns its exit code.
     * The bound only keeps a jar that never stops from hanging the build.
     */
    public int awaitExit(Duration atMost) {
        try {
            if (!process.waitFor(atMost.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " still runs after " + atMost + "; see " + log.toAbsolutePath());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Everything the process wrote so far, standard output and error. */
    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + log, e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** The process's console output so far (its log), line by line. */
    List<String> logLines() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
