package dev.roster.load.chaos;

import dev.roster.load.EmailDelivery;
import dev.roster.testkit.invariants.ProviderChargeRecord;
import dev.roster.testkit.invariants.PurchaseInvariants;
import dev.roster.testkit.invariants.SandboxCharges;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * After a chaos run: waits for the system to settle ({@link Settling}), then checks the whole history against
 * the database, the sandbox's ledger and the mail sink, prints the report (faults and when, requests by outcome,
 * settle time, every check with its count) and exits 1 on any violation.
 *
 * <p>Arguments: the history file (its {@code .started} beside it), the fault log, enrollment-service's JDBC URL,
 * notification-service's JDBC URL, the sandbox's base URL, its API key, the mail sink's captured-mail URL, the
 * settle bound in seconds, and the time after which enrollment-service has surely looked for a late charge since
 * the sandbox made it (its late delay, plus the reconciliation's lease and interval), in seconds.
 */
public final class ChaosCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChaosCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path historyFile = Path.of(args[0]);
        long startedAt = Long.parseLong(Files.readString(Path.of(args[0] + ".started")).strip());
        List<Attempt> history = Files.readAllLines(historyFile).stream().filter(line -> !line.isBlank())
                .map(line -> JSON.readValue(line, Attempt.class)).toList();
        List<FaultWindow> faults = Files.readAllLines(Path.of(args[1])).stream().filter(line -> !line.isBlank())
                .map(FaultWindow::parse).toList();
        DataSource enrollments = dataSource(args[2]);
        DataSource notifications = dataSource(args[3]);

        System.out.println("chaos report");
        faults.forEach(fault -> System.out.printf("  fault %-20s %s from %6.1f s to %6.1f s%n", fault.kind(),
                fault.instance(), (fault.from() - startedAt) / 1000.0, (fault.to() - startedAt) / 1000.0));
        List<String> violations = new ArrayList<>();
        try {
            // a tok_late charge is made late-delay after its request; a retry of that purchase (same key) may be later
            long lastLateRequest = history.stream().filter(a -> "tok_late".equals(a.token()))
                    .mapToLong(Attempt::sentAt).max().orElse(0);
            long notBefore = lastLateRequest + Long.parseLong(args[8]) * 1000;
            // the bound counts from when a late charge can last land: a short --settle cannot fail a run by itself
            Duration bound = Duration.ofSeconds(Long.parseLong(args[7]))
                    .plusMillis(Math.max(0, notBefore - System.currentTimeMillis()));
            Duration settled = Settling.await(enrollments, notifications, bound, notBefore);
            System.out.printf("  settled %.1f s after the clients were done%n", settled.toMillis() / 1000.0);
        } catch (IllegalStateException notSettled) {
            violations.add(notSettled.getMessage());
        }
        List<ProviderChargeRecord> charges = SandboxCharges.fetch(URI.create(args[4]), args[5]);
        HistoryCheck.Result result = HistoryCheck.check(history, storedByKey(enrollments), faults);
        System.out.printf("  requests sent: %d (%d operations)%n", history.size(), result.outcomes().values().stream().mapToLong(Long::longValue).sum());
        result.outcomes().forEach((outcome, n) -> System.out.printf("  outcome %-45s %6d%n", outcome, n));
        result.failures().forEach((failure, n) -> System.out.printf("  retried after %-52s %6d%n", failure, n));
        counts(enrollments, charges);

        check("history: every final answer agrees with the database", result.violations(), violations);
        check("no course over capacity", overCapacity(enrollments), violations);
        check("purchase invariants (seats, charges, refunds, coupons, credit)", PurchaseInvariants.violations(enrollments, charges), violations);
        check("exactly one email per confirmation and cancellation", EmailDelivery.check(enrollments, notifications,
                List.of(URI.create(args[6])), List.of("EnrollmentConfirmed", "EnrollmentCancelled"),
                // the settling already waited for every email
                Duration.ofSeconds(1), new KilledMidDelivery(enrollments, notifications, faults, startedAt)), violations);
        violations.forEach(v -> System.out.println("  violation: " + v));
        System.out.println(violations.isEmpty() ? "chaos: no violation" : "chaos: %d violation(s)".formatted(violations.size()));
        System.exit(violations.isEmpty() ? 0 : 1);
    }

    private static void check(String name, List<String> found, List<String> violations) {
        System.out.printf("  check %-70s %s%n", name, found.isEmpty() ? "ok" : "VIOLATED ×" + found.size());
        violations.addAll(found);
    }

    private static Map<String, HistoryCheck.Stored> storedByKey(DataSource enrollments) throws SQLException {
        Map<String, HistoryCheck.Stored> byKey = new HashMap<>();
        try (Connection c = enrollments.getConnection(); ResultSet rs = c.createStatement().executeQuery("""
                SELECT k.key, e.id::text, e.status FROM idempotency_key k LEFT JOIN enrollment e ON e.id = k.enrollment_id""")) {
            while (rs.next()) {
                byKey.put(rs.getString(1), new HistoryCheck.Stored(rs.getString(2), rs.getString(3)));
            }
        }
        return byKey;
    }

    private static List<String> overCapacity(DataSource enrollments) throws SQLException {
        List<String> over = new ArrayList<>();
        try (Connection c = enrollments.getConnection(); ResultSet rs = c.createStatement().executeQuery("""
                SELECT c.code, c.capacity, count(e.id) FROM course c
                  JOIN enrollment e ON e.course_id = c.id AND e.status IN ('PENDING_PAYMENT', 'CONFIRMED')
                 GROUP BY c.id, c.code, c.capacity HAVING count(e.id) > c.capacity""")) {
            while (rs.next()) {
                over.add("course %s has %d active enrollments for %d seats".formatted(rs.getString(1), rs.getLong(3), rs.getLong(2)));
            }
        }
        return over;
    }

    private static void counts(DataSource enrollments, List<ProviderChargeRecord> charges) throws SQLException {
        try (Connection c = enrollments.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT status, count(*) FROM enrollment GROUP BY status ORDER BY status")) {
            while (rs.next()) {
                System.out.printf("  enrollments %-33s %6d%n", rs.getString(1), rs.getLong(2));
            }
        }
        System.out.printf("  charges at the sandbox: %d succeeded (%d of them refunded), %d failed%n",
                charges.stream().filter(ProviderChargeRecord::succeeded).count(),
                charges.stream().filter(ch -> ch.succeeded() && ch.refunded()).count(),
                charges.stream().filter(ch -> !ch.succeeded()).count());
    }

    private static DataSource dataSource(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        return dataSource;
    }
}
