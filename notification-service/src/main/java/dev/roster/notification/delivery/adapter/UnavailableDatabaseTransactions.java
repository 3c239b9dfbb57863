package dev.roster.notification.delivery.adapter;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.notification.delivery.application.TemporarilyUnavailableException;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The shared {@link Transactions}, with one rule of delivery's own: a database that cannot be reached, or a
 * transient database failure, is reported as {@link TemporarilyUnavailableException}, so the delivery waits in
 * the retry queue rather than burning its delivery limit.
 */
final class UnavailableDatabaseTransactions implements Transactions {

    private final Transactions transactions;

    UnavailableDatabaseTransactions(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return transactions.inTransaction(work);
        } catch (CannotCreateTransactionException | DataAccessResourceFailureException
                 | TransientDataAccessException e) {
            throw new TemporarilyUnavailableException("the database is unavailable: " + e.getMessage(), e);
        }
    }
}
