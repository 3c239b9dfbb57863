package dev.roster.defaults.transactions;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction (a port for use cases): all of it commits, or none of it. Plain Java,
 * so application code that marks its unit of work with it stays free of Spring; {@link SpringTransactions}
 * implements it, registered by {@link TransactionsAutoConfiguration}.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code action} once the transaction in progress has committed, never when it rolls back; at once when
     * no transaction is in progress (what was written has committed already). For hints to others, such as waking
     * a relay to publish what was just written; never for work that must happen, which a crash between the commit
     * and the action would lose. The default suits implementations without real transactions (test fakes whose
     * work always stands); {@link SpringTransactions} waits for the commit.
     */
    default void afterCommit(Runnable action) {
        action.run();
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
