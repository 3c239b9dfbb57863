package dev.roster.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * After a load run, "exactly one email per confirmation", judged twice: by notification-service's own
 * record (sent_email, one database however many instances consume the queue) and by what the mail
 * servers actually received (each instance's captured mail), since a duplicate send would show only
 * there: sent_email's key on the event id lets a second row fail, not a second email. Also reports the
 * commit-to-email latency (from the confirmation's outbox event to its email leaving notification-service)
 * and its first leg, commit-to-publish (the outbox relay), so a slow email shows on which side it waits.
 */
public final class EmailDelivery {

    private static final Duration EMAIL_WAIT = Duration.ofMinutes(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EmailDelivery() {
    }

    /** Prints the counts and latency; the problems found, in words (empty when exactly one email each). */
    static List<String> check(DataSource enrollments, DataSource notifications, List<URI> capturedMail)
            throws SQLException {
        return check(enrollments, notifications, capturedMail, List.of("EnrollmentConfirmed"), EMAIL_WAIT,
                event -> Optional.empty());
    }

    /**
     * The same for the events of the given types (each an email: {@code EnrollmentConfirmed},
     * {@code EnrollmentCancelled}); the latency is still the confirmations'. Waits at most {@code wait} for the
     * emails still being sent. An event whose email arrived twice is a problem unless {@code explained} names
     * the known cause (the chaos run: its notification-service killed between the mail server's answer and the
     * commit); explained ones are reported with their cause.
     */
    public static List<String> check(DataSource enrollments, DataSource notifications, List<URI> capturedMail,
                                     List<String> eventTypes, Duration wait,
                                     Function<UUID, Optional<String>> explained) throws SQLException {
        // the types are Roster's own event names, never input
        String types = String.join(",", eventTypes.stream().map(type -> "'" + type.replaceAll("[^A-Za-z]", "") + "'").toList());
        Map<UUID, Instant> committed = query(enrollments,
                "SELECT id, occurred_at FROM outbox_event WHERE type IN (" + types + ")");
        try {
            // notification-service may still be draining its queue: wait until every email is out
            Awaitility.await("an email for each of " + committed.size() + " confirmations")
                    .atMost(wait).pollInterval(Duration.ofMillis(500))
                    .until(() -> query(notifications, "SELECT event_id, sent_at FROM sent_email").size() >= committed.size());
        } catch (ConditionTimeoutException stillMissing) {
            // reported below as missing emails
        }
        List<String> problems = new ArrayList<>();
        Map<UUID, Instant> sent = recordedOnce(notifications, problems);
        Map<UUID, Instant> confirmed = query(enrollments,
                "SELECT id, occurred_at FROM outbox_event WHERE type = 'EnrollmentConfirmed'");
        reportLatency("commit-to-publish", confirmed, query(enrollments, """
                SELECT id, published_at FROM outbox_event
                 WHERE type = 'EnrollmentConfirmed' AND published_at IS NOT NULL"""));
        reportLatency("commit-to-email", confirmed, sent);
        System.out.printf("emails: %d recorded as sent for %d events (%s)%n", sent.size(), committed.size(), types);
        if (!sent.keySet().equals(committed.keySet())) {
            long missing = committed.keySet().stream().filter(id -> !sent.containsKey(id)).count();
            long unknown = sent.keySet().stream().filter(id -> !committed.containsKey(id)).count();
            problems.add("%d events have no email recorded, %d emails are for no event".formatted(missing, unknown));
        }
        if (!capturedMail.isEmpty()) {
            received(capturedMail, committed.size(), problems, explained);
        }
        return problems;
    }

    /** sent_email by event id; any event recorded more than once is a problem. */
    private static Map<UUID, Instant> recordedOnce(DataSource notifications, List<String> problems) throws SQLException {
        try (Connection c = notifications.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT event_id, count(*) FROM sent_email GROUP BY event_id HAVING count(*) <> 1")) {
            while (rs.next()) {
                problems.add("event %s has %d sent_email rows".formatted(rs.getObject(1, UUID.class), rs.getLong(2)));
            }
        }
        return query(notifications, "SELECT event_id, sent_at FROM sent_email");
    }

    /** Every mail server's captured mail together: each Message-ID (one per event) exactly once. */
    private static void received(List<URI> capturedMail, int confirmations, List<String> problems,
                                 Function<UUID, Optional<String>> explained) {
        Map<String, Integer> byMessageId = new HashMap<>();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (URI server : capturedMail) {
            JsonNode mails = JSON.readTree(get(client, server));
            System.out.printf("captured mail at %s: %d%n", server, mails.size());
            mails.forEach(mail -> byMessageId.merge(mail.get("messageId").asString(), 1, Integer::sum));
        }
        int total = byMessageId.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("emails received by the mail servers: %d (%d distinct) for %d events%n",
                total, byMessageId.size(), confirmations);
        long duplicated = 0;
        int explainedExtra = 0;
        for (Map.Entry<String, Integer> received : byMessageId.entrySet()) {
            if (received.getValue() < 2) {
                continue;
            }
            Optional<String> cause = eventOf(received.getKey()).flatMap(explained);
            System.out.printf("email %s received %d times: %s%n", received.getKey(), received.getValue(),
                    cause.orElse("no known cause"));
            if (cause.isPresent()) {
                explainedExtra += received.getValue() - 1;
            } else {
                duplicated++;
            }
        }
        if (duplicated > 0 || total - explainedExtra != confirmations) {
            problems.add("the mail servers received %d emails (%d Message-IDs more than once) for %d events"
                    .formatted(total, duplicated, confirmations));
        }
    }

    /** The event id in a Message-ID {@code <eventId@roster.local>}. */
    private static Optional<UUID> eventOf(String messageId) {
        try {
            return Optional.of(UUID.fromString(messageId.replaceAll("^<|@.*$", "")));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private static void reportLatency(String leg, Map<UUID, Instant> from, Map<UUID, Instant> to) {
        List<Long> latencies = new ArrayList<>();
        from.forEach((event, at) -> {
            Instant reached = to.get(event);
            if (reached != null) {
                latencies.add(Duration.between(at, reached).toMillis());
            }
        });
        latencies.sort(Long::compare);
        if (!latencies.isEmpty()) {
            System.out.printf("%s latency: median %d ms, p95 %d ms, max %d ms%n", leg,
                    percentile(latencies, 50), percentile(latencies, 95), latencies.getLast());
        }
    }

    private static Map<UUID, Instant> query(DataSource database, String sql) throws SQLException {
        Map<UUID, Instant> rows = new HashMap<>();
        try (Connection c = database.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                rows.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
            }
        }
        return rows;
    }

    private static String get(HttpClient client, URI uri) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + uri + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(index, 0));
    }
}
