package dev.roster.defaults.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Whether a failure is the database connection's, not the work's: the connection was refused, broken or
 * terminated (SQLSTATE class 08, {@code 57P01} terminated by an administrator, {@code 57P02} crash shutdown,
 * {@code 57P03} cannot connect now), or none could be had from the pool, or the pool had already closed the
 * connection because it broke (HikariCP's "Connection is closed", which carries no SQLSTATE: what a rollback
 * after a failed commit meets, the commit's own failure then being only logged by Spring).
 */
public final class ConnectionFailures {

    private static final String HIKARI_CLOSED = "Connection is closed";

    private ConnectionFailures() {
    }

    public static boolean isConnectionLost(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof CannotGetJdbcConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() == null && HIKARI_CLOSED.equals(sql.getMessage())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }
}
