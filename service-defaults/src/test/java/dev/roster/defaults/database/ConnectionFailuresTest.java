package dev.roster.defaults.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

class ConnectionFailuresTest {

    @Test
    void aConnectionTerminatedByTheServerIsLost() {
        assertThat(ConnectionFailures.isConnectionLost(new DataAccessResourceFailureException("JDBC commit",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(ConnectionFailures.isConnectionLost(new SQLException("An I/O error occurred", "08006"))).isTrue();
        assertThat(ConnectionFailures.isConnectionLost(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void aPoolWithoutAConnectionToGiveIsLost() {
        assertThat(ConnectionFailures.isConnectionLost(new SQLTransientConnectionException("request timed out"))).isTrue();
    }

    /** What production met: the commit's failure only logged, the rollback's thrown, on the connection HikariCP closed. */
    @Test
    void aRollbackOnAConnectionThePoolClosedIsLost() {
        assertThat(ConnectionFailures.isConnectionLost(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void theWorksOwnFailuresAreNot() {
        assertThat(ConnectionFailures.isConnectionLost(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(ConnectionFailures.isConnectionLost(new SQLException("some other failure"))).isFalse();
        assertThat(ConnectionFailures.isConnectionLost(new IllegalStateException("no database at all"))).isFalse();
    }
}
