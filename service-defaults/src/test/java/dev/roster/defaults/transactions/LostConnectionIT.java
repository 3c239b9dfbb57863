package dev.roster.defaults.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.testkit.db.RealPostgres;
import dev.roster.testkit.risk.BrokenVariantProof;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link SpringTransactions} when the database connection is lost mid-transaction, on a real PostgreSQL: the
 * connection really terminated by the server, or a commit's answer lost (the connection's {@code commit()} made to
 * fail after or instead of the real one, as a broken socket would).
 */
@Guards(Risk.DATABASE_BLIP_FAILS_REQUEST)
class LostConnectionIT {

    private static DataSource dataSource;
    private static JdbcClient jdbc;

    private final AtomicInteger runs = new AtomicInteger();

    @BeforeAll
    static void createTable() {
        dataSource = RealPostgres.shared().createDatabase("service_defaults_lost").dataSource();
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TABLE note (text TEXT NOT NULL)").update();
    }

    @BeforeEach
    void emptyTable() {
        jdbc.sql("DELETE FROM note").update();
    }

    @Test
    void runsTheWorkAgainWhenTheServerCutsItsConnectionBeforeTheCommit() {
        Transactions transactions = recovering(dataSource);

        String answer = transactions.inTransaction(() -> {
            JdbcClient inTransaction = JdbcClient.create(dataSource);
            write(inTransaction, "first");
            if (runs.incrementAndGet() == 1) {
                int pid = inTransaction.sql("SELECT pg_backend_pid()").query(Integer.class).single();
                jdbc.sql("SELECT pg_terminate_backend(?)").param(pid).query(Boolean.class).single();
            }
            write(inTransaction, "second");
            return "done";
        });

        assertThat(answer).isEqualTo("done");
        assertThat(runs).hasValue(2);
        assertThat(notes()).containsExactlyInAnyOrder("first", "second");
    }

    @Test
    void runsTheWorkAgainWhenTheServerCutsItsPooledConnectionAsItCommits() {
        // as in production, through HikariCP, which evicts the connection the commit found broken
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setDataSource(firstCommitTerminated());
            pool.setMaximumPoolSize(2);

            String answer = recovering(pool).inTransaction(() -> writeCounted(pool));

            assertThat(answer).isEqualTo("done");
            assertThat(runs).hasValue(2);
            assertThat(notes()).containsExactly("only once");
        }
    }

    @Test
    void runsTheWorkAgainOnANewConnectionWhenTheServerCutEveryPooledConnection() throws SQLException {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setDataSource(dataSource);
            pool.setMaximumPoolSize(5);
            usedAndReturned(pool, 5);
            jdbc.sql("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()").query(Long.class).single();

            String answer = recovering(pool).inTransaction(() -> writeCounted(pool));

            assertThat(answer).isEqualTo("done");
            assertThat(runs).hasValue(2);
            assertThat(notes()).containsExactly("only once");
        }
    }

    /** Every connection of the pool just used: HikariCP hands such a one out again without checking it. */
    static void usedAndReturned(HikariDataSource pool, int connections) throws SQLException {
        List<Connection> held = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                held.add(pool.getConnection());
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    @Test
    void keepsTheResultOfATransactionThatCommittedThoughItsCommitGotNoAnswer() {
        DataSource firstCommitLost = commitAnswerLost(true, 1);

        assertCommittedOnce(recovering(firstCommitLost), firstCommitLost);
    }

    @Test
    void runsTheWorkAgainWhenItsCommitGotNoAnswerAndDidNotCommit() {
        DataSource firstCommitLost = commitAnswerLost(false, 1);

        String answer = recovering(firstCommitLost).inTransaction(() -> writeCounted(firstCommitLost));

        assertThat(answer).isEqualTo("done");
        assertThat(runs).hasValue(2);
        assertThat(notes()).containsExactly("only once");
    }

    @Test
    void givesUpAfterItsLastAttempt() {
        DataSource everyCommitLost = commitAnswerLost(false, Integer.MAX_VALUE);

        assertThatThrownBy(() -> recovering(everyCommitLost).inTransaction(() -> writeCounted(everyCommitLost)))
                .isNotNull();

        assertThat(runs).hasValue(SpringTransactions.ATTEMPTS);
        assertThat(notes()).isEmpty();
    }

    @Test
    void neverRunsAgainWorkThatFailedOnItsOwn() {
        IllegalStateException failure = new IllegalStateException("the work's own failure");

        assertThatThrownBy(() -> recovering(dataSource).run(() -> {
            runs.incrementAndGet();
            throw failure;
        })).isSameAs(failure);

        assertThat(runs).hasValue(1);
    }

    /**
     * The near miss: take every commit that got no answer for one that did not happen, and run the work again
     * without asking the server. A commit that did happen is then written twice.
     */
    @Test
    @BrokenVariantProof(Risk.DATABASE_BLIP_FAILS_REQUEST)
    void wouldCatchARecoveryThatRunsAgainEveryCommitThatGotNoAnswer() {
        DataSource firstCommitLost = commitAnswerLost(true, 1);
        CommitOutcomes assumeAborted = new CommitOutcomes(firstCommitLost) {
            @Override
            Status statusOf(String transactionId) {
                return Status.ABORTED;
            }
        };
        Transactions naive = new SpringTransactions(template(firstCommitLost), assumeAborted);

        assertThatThrownBy(() -> assertCommittedOnce(naive, firstCommitLost)).isInstanceOf(AssertionError.class);
    }

    private void assertCommittedOnce(Transactions transactions, DataSource through) {
        String answer = transactions.inTransaction(() -> writeCounted(through));

        assertThat(answer).isEqualTo("done");
        assertThat(runs).hasValue(1);
        assertThat(notes()).containsExactly("only once");
    }

    private String writeCounted(DataSource through) {
        runs.incrementAndGet();
        write(JdbcClient.create(through), "only once");
        return "done";
    }

    private static Transactions recovering(DataSource through) {
        return new SpringTransactions(template(through), through);
    }

    private static TransactionTemplate template(DataSource through) {
        return new TransactionTemplate(new DataSourceTransactionManager(through));
    }

    /**
     * Connections whose first {@code failures} commits get no answer: the real commit is made first (or a rollback
     * instead), then the failure a broken socket gives (SQLSTATE 08006).
     */
    private static DataSource commitAnswerLost(boolean committed, int failures) {
        return firstCommits(failures, real -> {
            if (committed) {
                real.commit();
            } else {
                real.rollback();
            }
            throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
        });
    }

    /** Connections whose first commit has the server terminate them first: the commit fails with SQLSTATE 57P01. */
    private static DataSource firstCommitTerminated() {
        return firstCommits(1, real -> {
            int pid = real.unwrap(org.postgresql.PGConnection.class).getBackendPID();
            jdbc.sql("SELECT pg_terminate_backend(?)").param(pid).query(Boolean.class).single();
            real.commit();
        });
    }

    /** What one of the first commits does instead of the connection's own. */
    private interface CommitStandIn {
        void commit(Connection real) throws SQLException;
    }

    /** Connections to the test database whose first {@code count} commits (over all of them) go to the stand-in. */
    private static DataSource firstCommits(int count, CommitStandIn standIn) {
        AtomicInteger left = new AtomicInteger(count);
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection real = super.getConnection();
                return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("commit") && left.getAndDecrement() > 0) {
                                standIn.commit(real);
                                return null;
                            }
                            try {
                                return method.invoke(real, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }

    private static void write(JdbcClient through, String text) {
        through.sql("INSERT INTO note (text) VALUES (?)").param(text).update();
    }

    private static List<String> notes() {
        return jdbc.sql("SELECT text FROM note").query(String.class).list();
    }
}
