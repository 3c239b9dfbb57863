package dev.roster.defaults.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.testkit.db.RealPostgres;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link SpringTransactions} on a real PostgreSQL: what the work wrote commits, or none of it does. */
class SpringTransactionsIT {

    private static DataSource dataSource;
    private static JdbcClient jdbc;

    private final Transactions transactions =
            new SpringTransactions(new TransactionTemplate(new DataSourceTransactionManager(dataSource)));

    @BeforeAll
    static void createTable() {
        dataSource = RealPostgres.shared().createDatabase("service_defaults_tx").dataSource();
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TABLE note (text TEXT NOT NULL)").update();
    }

    @BeforeEach
    void emptyTable() {
        jdbc.sql("DELETE FROM note").update();
    }

    @Test
    void commitsWhatTheWorkWroteWhenItReturns() {
        String answer = transactions.inTransaction(() -> {
            write("first");
            write("second");
            return "done";
        });

        assertThat(answer).isEqualTo("done");
        assertThat(notes()).containsExactlyInAnyOrder("first", "second");
    }

    @Test
    void rollsBackEverythingTheWorkWroteWhenItThrows() {
        IllegalStateException failure = new IllegalStateException("second step failed");

        assertThatThrownBy(() -> transactions.run(() -> {
            write("first");
            throw failure;
        })).isSameAs(failure);

        assertThat(notes()).isEmpty();
    }

    @Test
    void writesOfATransactionBegunInsideAnotherRollBackWithTheOuterOne() {
        assertThatThrownBy(() -> transactions.run(() -> {
            transactions.run(() -> write("inner"));
            write("outer");
            throw new IllegalStateException("outer failed after the inner work returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(notes()).as("the inner work joined the outer transaction").isEmpty();
    }

    @Test
    void runsWorkWithoutAResultInOneTransaction() {
        transactions.run(() -> write("only"));

        assertThat(notes()).containsExactly("only");
    }

    /** Writes through the transaction-bound connection, as a repository using the same data source would. */
    @Test
    void runsAnAfterCommitActionOnlyOnceTheTransactionHasCommitted() {
        List<String> seen = new ArrayList<>();

        transactions.run(() -> {
            write("paid");
            transactions.afterCommit(() -> seen.add("after commit: " + notes()));
            assertThat(seen).as("not before the commit").isEmpty();
        });

        assertThat(seen).containsExactly("after commit: [paid]");
    }

    @Test
    void neverRunsAnAfterCommitActionOfATransactionThatRolledBack() {
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(() -> transactions.run(() -> {
            transactions.afterCommit(() -> seen.add("after commit"));
            throw new IllegalStateException("failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(seen).isEmpty();
    }

    @Test
    void runsAnAfterCommitActionAtOnceOutsideATransaction() {
        List<String> seen = new ArrayList<>();

        transactions.afterCommit(() -> seen.add("at once"));

        assertThat(seen).containsExactly("at once");
    }

    private static void write(String text) {
        jdbc.sql("INSERT INTO note (text) VALUES (?)").param(text).update();
    }

    private static List<String> notes() {
        return jdbc.sql("SELECT text FROM note").query(String.class).list();
    }
}
