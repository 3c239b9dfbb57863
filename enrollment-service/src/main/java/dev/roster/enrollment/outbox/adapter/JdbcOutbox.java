package dev.roster.enrollment.outbox.adapter;

import dev.roster.enrollment.outbox.application.Outbox;
import dev.roster.enrollment.outbox.domain.OutboxEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox table ({@code outbox_event}, see V5__purchase.sql) for the relay.
 *
 * <p>Claiming is {@code SELECT ... FOR UPDATE SKIP LOCKED}: the rows stay locked until the relay's
 * transaction (opened by {@link dev.roster.enrollment.outbox.application.OutboxRelay}) ends, and a second relay's claim skips them instead of waiting or taking them too. A
 * row another relay has just marked and committed is not claimed either: at READ COMMITTED,
 * PostgreSQL re-checks {@code published_at IS NULL} on the newest row version before locking it.
 * The partial index {@code outbox_event_unpublished (occurred_at) WHERE published_at IS NULL} serves
 * both the claim and the backlog.
 */
final class JdbcOutbox implements Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<OutboxEvent> claimOldest(int limit) {
        return jdbc.sql("""
                        SELECT id, type, schema_version, occurred_at, payload::text AS payload, traceparent
                          FROM outbox_event
                         WHERE published_at IS NULL
                         ORDER BY occurred_at, id
                         LIMIT :limit
                           FOR UPDATE SKIP LOCKED""")
                .param("limit", limit)
                .query(JdbcOutbox::event)
                .list();
    }

    @Override
    public int markPublished(List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("UPDATE outbox_event SET published_at = :now WHERE id IN (:ids) AND published_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("ids", eventIds)
                .update();
    }

    @Override
    public Backlog backlog() {
        return jdbc.sql("SELECT count(*) AS events, min(occurred_at) AS oldest FROM outbox_event WHERE published_at IS NULL")
                .query((rs, row) -> new Backlog(rs.getLong("events"),
                        Optional.ofNullable(rs.getObject("oldest", OffsetDateTime.class)).map(OffsetDateTime::toInstant)))
                .single();
    }

    private static OutboxEvent event(ResultSet rs, int row) throws SQLException {
        return new OutboxEvent(rs.getObject("id", UUID.class), rs.getString("type"), rs.getInt("schema_version"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("payload"),
                rs.getString("traceparent"));
    }
}
