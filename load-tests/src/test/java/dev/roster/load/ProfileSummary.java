package dev.roster.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a service's CPU went during a load run: the Java Flight Recorder's execution samples of one
 * recording, each counted once, under the phase of the innermost frame that belongs to one of {@link #PHASES}
 * (so time in the JDBC driver under the settlement counts as JDBC, and the settlement's own code as the use case).
 * Start-up (anything under {@code SpringApplication.run}) and password hashing (the load's set-up: sign-ups
 * and log-ins) are left out, so the shares are those of the purchases.
 *
 * <p>Arguments: the {@code .jfr} file. Prints one line per phase: samples and share.
 */
public final class ProfileSummary {

    /** The phases; a frame's "class.method" belongs to the first whose predicate it matches. */
    private static final Map<String, Predicate<String>> PHASES = new LinkedHashMap<>();

    static {
        PHASES.put("JDBC driver and pool (PostgreSQL round trips)", startsWith("org.postgresql.", "com.zaxxer.hikari."));
        PHASES.put("JSON (Jackson)", startsWith("tools.jackson.", "com.fasterxml.jackson."));
        PHASES.put("metrics and tracing (Micrometer, OpenTelemetry)", startsWith("io.micrometer.", "io.opentelemetry.",
                "io.prometheus."));
        PHASES.put("logging", startsWith("ch.qos.logback.", "org.slf4j."));
        PHASES.put("payment provider call (HTTP client)", startsWith("dev.roster.enrollment.payment.adapter.",
                "jdk.internal.net.http."));
        PHASES.put("outbox relay and broker (RabbitMQ client)", startsWith("dev.roster.enrollment.outbox.",
                "com.rabbitmq.", "org.springframework.amqp."));
        PHASES.put("Spring JDBC and transactions", startsWith("org.springframework.transaction.", "org.springframework.jdbc."));
        PHASES.put("purchase use case (Roster's own code)", startsWith("dev.roster.enrollment.purchase.",
                "dev.roster.enrollment.pricing.", "dev.roster.enrollment.catalog."));
        PHASES.put("bearer token authentication", startsWith("dev.roster.enrollment.identity.",
                "dev.roster.enrollment.web.security."));
        PHASES.put("security filter chain (Spring Security)", startsWith("org.springframework.security."));
        PHASES.put("Spring MVC (dispatch, argument and answer handling)", startsWith("org.springframework.web.",
                "org.springframework.http.", "dev.roster.enrollment.web."));
        PHASES.put("HTTP server (Tomcat)", startsWith("org.apache.catalina.", "org.apache.coyote.",
                "org.apache.tomcat."));
    }

    private ProfileSummary() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        PHASES.keySet().forEach(phase -> counts.put(phase, 0));
        counts.put("other (JVM, JDK, garbage collection, idle threads)", 0);
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<String> frames = event.getStackTrace().getFrames().stream().map(ProfileSummary::name).toList();
            if (frames.stream().anyMatch(frame -> frame.contains("SpringApplication.run") || frame.contains("Argon2"))) {
                continue;
            }
            total++;
            counts.merge(phaseOf(frames), 1, Integer::sum);
        }
        System.out.printf("%s: %d CPU samples (start-up and password hashing left out)%n", args[0], total);
        for (Map.Entry<String, Integer> phase : counts.entrySet()) {
            System.out.printf("| %-55s | %6d | %5.1f%% |%n", phase.getKey(), phase.getValue(),
                    total == 0 ? 0.0 : 100.0 * phase.getValue() / total);
        }
    }

    static String phaseOf(List<String> innermostFirst) {
        for (String frame : innermostFirst) {
            for (Map.Entry<String, Predicate<String>> phase : PHASES.entrySet()) {
                if (phase.getValue().test(frame)) {
                    return phase.getKey();
                }
            }
        }
        return "other (JVM, JDK, garbage collection, idle threads)";
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static Predicate<String> startsWith(String... prefixes) {
        return frame -> {
            for (String prefix : prefixes) {
                if (frame.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        };
    }
}
