package dev.roster.journeys.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The runnable jars are layered for container images, and the README's way of extracting them with
 * Spring Boot's jar tools works: the four layers are there, each holds what an image build expects
 * (dependencies change rarely, the application often), and the layers copied into one directory, as
 * a Dockerfile's COPY steps would, start the service. No Docker engine is involved.
 */
class LayeredJarsIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies",
            "application");
    private static final List<String> OWN_MODULES = List.of("service-defaults-");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @ParameterizedTest
    @CsvSource({
            "enrollment-service,   dev/roster/enrollment/RosterEnrollmentApplication.class",
            "notification-service, dev/roster/notification/NotificationServiceApplication.class",
            "payment-sandbox,      dev/roster/paymentsandbox/PaymentSandboxApplication.class"})
    void splitsEachJarIntoTheFourLayersAnImageBuildExpects(String service, String ownClasses) throws Exception {
        Path jar = ROOT.resolve(service + "/target/" + service + "-exec.jar");

        assertThat(run(JAVA, "-Djarmode=tools", "-jar", jar.toString(), "list-layers").lines().toList())
                .containsExactlyElementsOf(LAYERS);
        Path layers = extract(jar, service);

        assertThat(layers.resolve("application/BOOT-INF/classes/" + ownClasses)).exists();
        // the application layer changes with every build: Roster's own classes and its own modules
        // (service-defaults), never a third-party library
        assertThat(filesUnder(layers.resolve("application/BOOT-INF/lib")))
                .allMatch(name -> OWN_MODULES.stream().anyMatch(name::startsWith));
        assertThat(filesUnder(layers.resolve("dependencies/BOOT-INF/lib")))
                .anyMatch(name -> name.startsWith("spring-core-"));
        assertThat(filesUnder(layers.resolve("spring-boot-loader/org/springframework/boot/loader/launch")))
                .contains("JarLauncher.class");
    }

    @Test
    void startsFromItsLayersCopiedIntoOneDirectory() throws Exception {
        Path jar = ROOT.resolve("payment-sandbox/target/payment-sandbox-exec.jar");
        Path layers = extract(jar, "payment-sandbox-image");
        Path image = layers.resolveSibling("payment-sandbox-image-app");
        for (String layer : LAYERS) {
            copyTree(layers.resolve(layer), image);
        }
        int port = freePort();

        Process sandbox = new ProcessBuilder(JAVA, "-Xmx256m", "-cp", image.toString(),
                "org.springframework.boot.loader.launch.JarLauncher", "--server.port=" + port,
                "--server.address=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(layers.resolveSibling("payment-sandbox-image.log").toFile())
                .start();
        try {
            Awaitility.await("the sandbox started from its layers").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(250))
                    .failFast("it exited", () -> !sandbox.isAlive())
                    .until(() -> status(URI.create("http://127.0.0.1:" + port + "/actuator/health")) == 200);
        } finally {
            sandbox.destroy();
            if (!sandbox.waitFor(20, TimeUnit.SECONDS)) {
                sandbox.destroyForcibly();
            }
        }
    }

    private static Path extract(Path jar, String name) throws Exception {
        Path destination = Path.of("target", "layers", name).toAbsolutePath();
        deleteTree(destination);
        run(JAVA, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--layers", "--launcher", "--destination",
                destination.toString());
        return destination;
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", List.of(command)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static List<String> filesUnder(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(paths::add);
        }
        for (Path path : paths.reversed()) {
            Files.delete(path);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int status(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2_000);
            return connection.getResponseCode();
        } catch (IOException notYet) {
            return -1;
        }
    }
}
