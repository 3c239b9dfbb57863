package dev.roster.enrollment.outbox.adapter;

import dev.roster.enrollment.outbox.application.Outbox;
import dev.roster.enrollment.outbox.domain.OutboxEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A known-broken outbox, for showing that the concurrency test can fail: it claims with a plain
 * {@code SELECT}, without {@code FOR UPDATE SKIP LOCKED}, so two relays running at once both take
 * the oldest events and both publish them. Otherwise the same as {@link JdbcOutbox}. Never use
 * outside tests.
 */
final class UnlockedOutbox implements Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    UnlockedOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<OutboxEvent> claimOldest(int limit) {
        return jdbc.sql("""
                        SELECT id, type, schema_version, occurred_at, payload::text AS payload
                          FROM outbox_event
                         WHERE published_at IS NULL
                         ORDER BY occurred_at, id
                         LIMIT :limit""")
                .param("limit", limit)
                .query((rs, row) -> new OutboxEvent(rs.getObject("id", UUID.class), rs.getString("type"),
                        rs.getInt("schema_version"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("payload")))
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
        throw new UnsupportedOperationException("not needed by the test");
    }
}
