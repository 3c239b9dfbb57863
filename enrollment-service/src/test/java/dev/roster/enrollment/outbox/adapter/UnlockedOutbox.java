package dev.roster.enrollment.outbox.adapter;

import dev.roster.enrollment.outbox.application.Outbox;
import dev.roster.enrollment.outbox.domain.OutboxEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A known-broken outbox, for showing that the concurrency test can fail: it claims with a plain
 * {@code SELECT}, without {@code FOR UPDATE SKIP LOCKED}, so two relays running at once both take
 * the oldest events and both publish them. Otherwise the same as {@link JdbcOutbox}. Never use
 * outside tests.
 */
final class UnlockedOutbox implements Outbox {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    UnlockedOutbox(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int relayOldest(int limit, Function<List<OutboxEvent>, List<UUID>> publish) {
        Integer marked = transactions.execute(status -> {
            List<OutboxEvent> claimed = jdbc.sql("""
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
            List<UUID> confirmed = claimed.isEmpty() ? List.of() : publish.apply(claimed);
            if (confirmed.isEmpty()) {
                return 0;
            }
            return jdbc.sql("UPDATE outbox_event SET published_at = :now WHERE id IN (:ids) AND published_at IS NULL")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("ids", confirmed)
                    .update();
        });
        return marked == null ? 0 : marked;
    }

    @Override
    public Backlog backlog() {
        throw new UnsupportedOperationException("not needed by the test");
    }
}
