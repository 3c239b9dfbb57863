package dev.roster.defaults.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.testkit.db.RealPostgres;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ReadRetryingJdbcTemplate} on a real PostgreSQL whose server has terminated the connection the pool hands
 * out first (as a restart or a cut leaves the idle connections of a pool): reads outside a transaction are read
 * again on a new connection; writes, and reads inside a transaction, fail as they did.
 */
@Guards(Risk.DATABASE_BLIP_FAILS_REQUEST)
class ReadRetryingJdbcTemplateIT {

    private static DataSource database;

    private final AtomicInteger connections = new AtomicInteger();
    private final DataSource firstConnectionTerminated = new DelegatingDataSource(database) {
        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            if (connections.incrementAndGet() == 1) {
                terminate(connection);
            }
            return connection;
        }
    };
    private final JdbcClient jdbc = JdbcClient.create(new ReadRetryingJdbcTemplate(firstConnectionTerminated));

    @BeforeAll
    static void createTable() {
        database = RealPostgres.shared().createDatabase("service_defaults_reads").dataSource();
        JdbcClient.create(database).sql("CREATE TABLE note (text TEXT NOT NULL)").update();
    }

    @BeforeEach
    void emptyTable() {
        JdbcClient.create(database).sql("DELETE FROM note").update();
    }

    @Test
    void readsAgainOnANewConnectionWhenItsConnectionWasLost() {
        assertThat(jdbc.sql("SELECT :a + 1").param("a", 41).query(Integer.class).single()).isEqualTo(42);
        assertThat(connections).hasValue(2);
    }

    @Test
    void readsAStatementWithoutParametersAgainToo() {
        assertThat(jdbc.sql("SELECT count(*) FROM note").query(Long.class).single()).isZero();
        assertThat(connections).hasValue(2);
    }

    @Test
    void readsOnANewConnectionWhenTheServerCutEveryPooledConnection() throws SQLException {
        try (com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource()) {
            pool.setDataSource(database);
            pool.setMaximumPoolSize(5);
            java.util.List<Connection> held = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                held.add(pool.getConnection());
            }
            for (Connection connection : held) {
                connection.close();
            }
            JdbcClient.create(database).sql("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()").query(Long.class).single();

            assertThat(JdbcClient.create(new ReadRetryingJdbcTemplate(pool)).sql("SELECT 42").query(Integer.class).single())
                    .isEqualTo(42);
        }
    }

    @Test
    void neverRepeatsAWriteThatReturnsRows() {
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO note (text) VALUES ('once') RETURNING text").query(String.class).single())
                .isInstanceOf(DataAccessException.class);
        assertThat(connections).hasValue(1);
    }

    @Test
    void neverRepeatsAnUpdate() {
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO note (text) VALUES ('once')").update())
                .isInstanceOf(DataAccessException.class);
        assertThat(connections).hasValue(1);
    }

    @Test
    void leavesAReadInsideATransactionToTheTransaction() {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(firstConnectionTerminated));

        assertThatThrownBy(() -> transaction.execute(status -> jdbc.sql("SELECT 1").query(Integer.class).single()))
                .isInstanceOf(RuntimeException.class);
        assertThat(connections).hasValue(1);
    }

    @Test
    void tellsAReadFromAWrite() {
        assertThat(ReadRetryingJdbcTemplate.isRead("  select 1")).isTrue();
        assertThat(ReadRetryingJdbcTemplate.isRead("SELECT id FROM course FOR UPDATE")).isTrue();
        assertThat(ReadRetryingJdbcTemplate.isRead("WITH x AS (UPDATE note SET text = '') SELECT 1")).isFalse();
        assertThat(ReadRetryingJdbcTemplate.isRead("INSERT INTO note VALUES ('a')")).isFalse();
        assertThat(ReadRetryingJdbcTemplate.isRead(null)).isFalse();
    }

    private static void terminate(Connection connection) throws SQLException {
        int pid = connection.unwrap(org.postgresql.PGConnection.class).getBackendPID();
        try (Connection other = database.getConnection(); Statement statement = other.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(" + pid + ")");
        }
    }
}
