package dev.roster.defaults.transactions;

import dev.roster.defaults.database.IdleConnections;
import dev.roster.defaults.database.ReadRetryingJdbcTemplate;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What became of a transaction whose commit got no answer because the connection broke: PostgreSQL knows it by
 * the transaction's id ({@code pg_xact_status}), asked on a new connection once the server takes one again.
 */
class CommitOutcomes {

    enum Status { COMMITTED, ABORTED, UNKNOWN }

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    CommitOutcomes(DataSource dataSource) {
        this.dataSource = dataSource;
        // the lookup is a read outside any transaction, made right after a connection was lost: read again too
        this.jdbc = JdbcClient.create(new ReadRetryingJdbcTemplate(dataSource));
    }

    /** The pool's idle connections are as dead as the one just lost: dropped, so the next attempt gets a new one. */
    void connectionLost() {
        IdleConnections.evictAfterALostConnection(dataSource);
    }

    /** The id of the transaction in progress on this thread, or null when it has written nothing (and has none). */
    String currentTransactionId() {
        return jdbc.sql("SELECT pg_current_xact_id_if_assigned()::text").query(String.class).optional().orElse(null);
    }

    Status statusOf(String transactionId) {
        String status = jdbc.sql("SELECT pg_xact_status(CAST(? AS xid8))").param(transactionId)
                .query(String.class).optional().orElse("");
        return switch (status) {
            case "committed" -> Status.COMMITTED;
            case "aborted" -> Status.ABORTED;
            default -> Status.UNKNOWN;
        };
    }
}
