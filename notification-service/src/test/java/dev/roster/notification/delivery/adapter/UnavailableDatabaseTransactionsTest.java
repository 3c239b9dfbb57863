package dev.roster.notification.delivery.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.notification.delivery.application.TemporarilyUnavailableException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Delivery's rule on top of the shared transactions: a database that is away for a while makes the delivery
 * wait in the retry queue; any other failure goes on as it was.
 */
class UnavailableDatabaseTransactionsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cannot create transaction", "resource failure", "transient query timeout"})
    void reportsADatabaseThatIsAwayAsTemporarilyUnavailable(String kind) {
        RuntimeException away = switch (kind) {
            case "cannot create transaction" -> new CannotCreateTransactionException("connection refused");
            case "resource failure" -> new DataAccessResourceFailureException("connection reset");
            default -> new QueryTimeoutException("statement timeout");
        };

        assertThatExceptionOfType(TemporarilyUnavailableException.class)
                .isThrownBy(() -> new UnavailableDatabaseTransactions(failingWith(away)).inTransaction(() -> "never"))
                .withMessageContaining("the database is unavailable")
                .withCause(away);
    }

    @Test
    void letsEveryOtherFailureThrough() {
        DataIntegrityViolationException violation = new DataIntegrityViolationException("duplicate key");

        assertThatThrownBy(() -> new UnavailableDatabaseTransactions(failingWith(violation)).inTransaction(() -> "x"))
                .isSameAs(violation);
    }

    @Test
    void answersWhatTheWorkAnswered() {
        Transactions direct = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };

        assertThat(new UnavailableDatabaseTransactions(direct).inTransaction(() -> "delivered")).isEqualTo("delivered");
    }

    private static Transactions failingWith(RuntimeException failure) {
        return new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                throw failure;
            }
        };
    }
}
