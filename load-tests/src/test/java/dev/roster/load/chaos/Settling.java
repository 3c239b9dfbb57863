package dev.roster.load.chaos;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Waits, bounded, for a chaos run to settle once the faults are healed and the clients are done: no payment
 * pending, no refund pending, no event left in the outbox, and an email recorded for every event, and not before
 * the last late charge the sandbox may still make has been made and looked for (the database cannot show a charge
 * that is not made yet). What is still pending when the bound is reached is reported, and the checks then run on
 * that state.
 */
final class Settling {

    private static final Map<String, String> PENDING = new LinkedHashMap<>();

    static {
        PENDING.put("payments pending", "SELECT count(*) FROM enrollment WHERE status = 'PENDING_PAYMENT'");
        PENDING.put("refunds pending", "SELECT count(*) FROM enrollment WHERE refund_status = 'PENDING'");
        PENDING.put("events not published", "SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
    }

    private Settling() {
    }

    /**
     * How long it took; fails (with what was pending) when the bound was reached.
     *
     * @param notBefore epoch milliseconds before which the run is not settled, whatever the database says
     */
    static Duration await(DataSource enrollments, DataSource notifications, Duration bound, long notBefore) {
        long started = System.nanoTime();
        try {
            Awaitility.await("the run to settle").atMost(bound).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions().until(() -> System.currentTimeMillis() >= notBefore
                            && pending(enrollments, notifications).values().stream().allMatch(n -> n == 0));
        } catch (ConditionTimeoutException notSettled) {
            throw new IllegalStateException("not settled after %d s: %s".formatted(bound.toSeconds(),
                    uncheckedPending(enrollments, notifications)), notSettled);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    static Map<String, Long> pending(DataSource enrollments, DataSource notifications) throws SQLException {
        Map<String, Long> pending = new LinkedHashMap<>();
        for (Map.Entry<String, String> query : PENDING.entrySet()) {
            pending.put(query.getKey(), count(enrollments, query.getValue()));
        }
        long events = count(enrollments, "SELECT count(*) FROM outbox_event");
        pending.put("events without an email recorded", Math.max(0, events - count(notifications, "SELECT count(*) FROM sent_email")));
        return pending;
    }

    private static Map<String, Long> uncheckedPending(DataSource enrollments, DataSource notifications) {
        try {
            return pending(enrollments, notifications);
        } catch (SQLException e) {
            return Map.of("unknown: " + e.getMessage(), -1L);
        }
    }

    static long count(DataSource database, String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
