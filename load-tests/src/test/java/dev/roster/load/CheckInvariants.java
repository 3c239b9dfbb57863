package dev.roster.load;

import dev.roster.testkit.invariants.PurchaseInvariants;
import dev.roster.testkit.invariants.SandboxCharges;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * After a load run: the purchase invariants against the service's database and the sandbox's
 * charges, a count of enrollments by status, and (given notification-service's database) the
 * commit-to-email latency: from the confirmation's outbox event to its email leaving
 * notification-service, median and p95. Exits 1 when an invariant is broken or emails are missing.
 *
 * <p>Arguments: JDBC URL of enrollment-service's database, the sandbox's base URL, its API key, and
 * optionally the JDBC URL of notification-service's database.
 */
public final class CheckInvariants {

    private static final Duration EMAIL_WAIT = Duration.ofMinutes(3);

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource enrollments = dataSource(args[0]);
        var charges = SandboxCharges.fetch(URI.create(args[1]), args[2]);
        try (Connection c = enrollments.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT status, count(*) FROM enrollment GROUP BY status ORDER BY status")) {
            while (rs.next()) {
                System.out.printf("enrollments %s: %d%n", rs.getString(1), rs.getLong(2));
            }
        }
        System.out.printf("charges at the sandbox: %d%n", charges.size());
        List<String> violations = PurchaseInvariants.violations(enrollments, charges);
        violations.forEach(v -> System.out.println("invariant broken: " + v));
        if (violations.isEmpty()) {
            System.out.println("invariants: all hold");
        }
        boolean emailsComplete = args.length < 4 || reportEmailLatency(enrollments, dataSource(args[3]));
        System.exit(violations.isEmpty() && emailsComplete ? 0 : 1);
    }

    private static boolean reportEmailLatency(PGSimpleDataSource enrollments, PGSimpleDataSource notifications)
            throws SQLException {
        Map<UUID, Instant> committed = new HashMap<>();
        try (Connection c = enrollments.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT id, occurred_at FROM outbox_event WHERE type = 'EnrollmentConfirmed'")) {
            while (rs.next()) {
                committed.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
            }
        }
        try {
            // notification-service may still be draining its queue: wait until every email is out
            Awaitility.await("an email for each of " + committed.size() + " confirmations")
                    .atMost(EMAIL_WAIT).pollInterval(Duration.ofSeconds(1))
                    .until(() -> sentEmails(notifications).size() >= committed.size());
        } catch (ConditionTimeoutException stillMissing) {
            // reported below as missing emails
        }
        Map<UUID, Instant> sent = sentEmails(notifications);
        List<Long> latencies = new ArrayList<>();
        for (Map.Entry<UUID, Instant> confirmation : committed.entrySet()) {
            Instant emailed = sent.get(confirmation.getKey());
            if (emailed != null) {
                latencies.add(Duration.between(confirmation.getValue(), emailed).toMillis());
            }
        }
        latencies.sort(Long::compare);
        System.out.printf("confirmation emails: %d sent for %d confirmations%n", latencies.size(), committed.size());
        if (!latencies.isEmpty()) {
            System.out.printf("commit-to-email latency: median %d ms, p95 %d ms, max %d ms%n",
                    percentile(latencies, 50), percentile(latencies, 95), latencies.getLast());
        }
        return latencies.size() == committed.size();
    }

    private static Map<UUID, Instant> sentEmails(PGSimpleDataSource notifications) throws SQLException {
        Map<UUID, Instant> sent = new HashMap<>();
        try (Connection c = notifications.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT event_id, sent_at FROM sent_email")) {
            while (rs.next()) {
                sent.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
            }
        }
        return sent;
    }

    private static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(index, 0));
    }

    private static PGSimpleDataSource dataSource(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        return dataSource;
    }
}
