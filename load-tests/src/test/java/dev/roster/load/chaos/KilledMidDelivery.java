package dev.roster.load.chaos;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Whether a second email for an event is the one window docs/events.md names: its notification-service killed
 * after the mail server took the email and before the delivery committed, so the other instance delivered the
 * redelivered event again. That needs a kill of a notification-service after the event was committed (it was
 * waiting or being delivered) and before the delivery that was recorded (the second one). Anything else is a
 * violation.
 */
final class KilledMidDelivery implements Function<UUID, Optional<String>> {

    private final DataSource enrollments;
    private final DataSource notifications;
    private final List<FaultWindow> kills;
    private final long startedAt;

    KilledMidDelivery(DataSource enrollments, DataSource notifications, List<FaultWindow> faults, long startedAt) {
        this.enrollments = enrollments;
        this.notifications = notifications;
        this.kills = faults.stream().filter(f -> f.kind().equals(Fault.Kind.KILL_NOTIFICATION.label())).toList();
        this.startedAt = startedAt;
    }

    @Override
    public Optional<String> apply(UUID event) {
        Optional<Instant> committed = instant(enrollments, "SELECT occurred_at FROM outbox_event WHERE id = ?", event);
        Optional<Instant> recorded = instant(notifications, "SELECT sent_at FROM sent_email WHERE event_id = ?", event);
        if (committed.isEmpty() || recorded.isEmpty()) {
            return Optional.empty();
        }
        return kills.stream()
                .filter(kill -> committed.get().toEpochMilli() <= kill.from() && recorded.get().toEpochMilli() >= kill.from())
                .findFirst()
                .map(kill -> "committed at %.1f s, delivered again at %.1f s after notification-service %s was killed at %.1f s"
                        .formatted(seconds(committed.get()), seconds(recorded.get()), kill.instance(),
                                (kill.from() - startedAt) / 1000.0));
    }

    private double seconds(Instant at) {
        return (at.toEpochMilli() - startedAt) / 1000.0;
    }

    private static Optional<Instant> instant(DataSource database, String sql, UUID event) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, event);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read when event " + event + " was committed or delivered", e);
        }
    }
}
