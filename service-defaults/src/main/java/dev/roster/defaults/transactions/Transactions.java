package dev.roster.defaults.transactions;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction (a port for use cases): all of it commits, or none of it. Plain Java,
 * so application code that marks its unit of work with it stays free of Spring; {@link SpringTransactions}
 * implements it, registered by {@link TransactionsAutoConfiguration}.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
