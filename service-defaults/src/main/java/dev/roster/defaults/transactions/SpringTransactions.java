package dev.roster.defaults.transactions;

import dev.roster.defaults.database.ConnectionFailures;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Transactions} with Spring's transaction manager: commits when the work returns, rolls back when it
 * throws (any {@link RuntimeException} or {@link Error}, the exception goes on). A transaction begun inside
 * another joins it (the template's default propagation).
 *
 * <p>A transaction whose database connection is lost (the server restarted, the connection cut) is not left to
 * the caller as an error when it can be known that nothing of it stands, or that all of it does: a request must
 * not fail for a database blip of a few seconds (the chaos run cuts every connection mid-request). When the work
 * had not reached its commit, or had written nothing, nothing of it stands and it runs again, on a new connection
 * (the pool waits for the server to take one). When the commit itself got no answer, the server is asked by the
 * transaction's id whether it committed: committed, the work's result stands (its after-commit actions are lost
 * with the answer); aborted, it runs again; unknown, the failure goes on. At most {@value #ATTEMPTS} attempts,
 * outermost transactions only. The work must then be safe to run again, which a unit of work that only touches
 * the database is.
 */
public final class SpringTransactions implements Transactions {

    static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(SpringTransactions.class);

    private final TransactionTemplate template;
    private final CommitOutcomes outcomes;

    /** Without recovery: a lost connection fails the transaction. */
    public SpringTransactions(TransactionTemplate template) {
        this.template = Objects.requireNonNull(template, "template");
        this.outcomes = null;
    }

    /** With recovery from a lost connection, over the data source the template's transaction manager uses. */
    public SpringTransactions(TransactionTemplate template, DataSource dataSource) {
        this(template, new CommitOutcomes(Objects.requireNonNull(dataSource, "dataSource")));
    }

    SpringTransactions(TransactionTemplate template, CommitOutcomes outcomes) {
        this.template = Objects.requireNonNull(template, "template");
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (outcomes == null || TransactionSynchronizationManager.isActualTransactionActive()) {
            return template.execute(status -> work.get());
        }
        for (int attempt = 1; ; attempt++) {
            Attempt<T> current = new Attempt<>();
            try {
                return template.execute(status -> current.run(work, outcomes));
            } catch (RuntimeException | Error failure) {
                if (attempt == ATTEMPTS || !current.lostItsConnection(failure)) {
                    throw failure;
                }
                outcomes.connectionLost();
                if (current.reachedCommit && current.transactionId != null) {
                    CommitOutcomes.Status status = statusOf(current.transactionId, failure);
                    if (status == CommitOutcomes.Status.COMMITTED) {
                        log.warn("Transaction {}: its commit got no answer (connection lost) but it committed", current.transactionId);
                        return current.result;
                    }
                    if (status == CommitOutcomes.Status.UNKNOWN) {
                        throw failure;
                    }
                }
                log.warn("Transaction lost its database connection before it committed (attempt {} of {}); running it again: {}",
                        attempt, ATTEMPTS, failure.toString());
            }
        }
    }

    private CommitOutcomes.Status statusOf(String transactionId, Throwable failure) {
        try {
            return outcomes.statusOf(transactionId);
        } catch (RuntimeException unknown) {
            failure.addSuppressed(unknown);
            return CommitOutcomes.Status.UNKNOWN;
        }
    }

    /** One run of the work: how far it got, for the decision after a lost connection. */
    private static final class Attempt<T> {
        private T result;
        private Throwable workFailure;
        private boolean reachedCommit;
        private String transactionId;

        T run(Supplier<T> work, CommitOutcomes outcomes) {
            try {
                result = work.get();
                // asked last, on the transaction's own connection: if this fails, the commit was never sent
                transactionId = outcomes.currentTransactionId();
            } catch (RuntimeException | Error failure) {
                workFailure = failure;
                throw failure;
            }
            reachedCommit = true;
            return result;
        }

        boolean lostItsConnection(Throwable failure) {
            return ConnectionFailures.isConnectionLost(failure)
                    || workFailure != null && ConnectionFailures.isConnectionLost(workFailure);
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        Objects.requireNonNull(action, "action");
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
