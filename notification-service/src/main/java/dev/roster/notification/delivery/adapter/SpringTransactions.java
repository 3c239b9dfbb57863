package dev.roster.notification.delivery.adapter;

import dev.roster.notification.delivery.application.TemporarilyUnavailableException;
import dev.roster.notification.delivery.application.Transactions;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Transactions} with Spring's transaction manager. A database that cannot be reached, or a
 * transient database failure, is reported as {@link TemporarilyUnavailableException}: the delivery
 * waits in the retry queue rather than burning its delivery limit.
 */
class SpringTransactions implements Transactions {

    private final TransactionTemplate template;

    SpringTransactions(TransactionTemplate template) {
        this.template = template;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return template.execute(status -> work.get());
        } catch (CannotCreateTransactionException | DataAccessResourceFailureException
                 | TransientDataAccessException e) {
            throw new TemporarilyUnavailableException("the database is unavailable: " + e.getMessage(), e);
        }
    }
}
