package dev.roster.notification.delivery.application;

import dev.roster.defaults.transactions.Transactions;
import java.util.function.Supplier;

/** Rolls {@link InMemoryProcessedMessages} back when the work throws, as the database would. */
public class InMemoryTransactions implements Transactions {

    private final InMemoryProcessedMessages store;
    private int committed;
    private int rolledBack;

    public InMemoryTransactions(InMemoryProcessedMessages store) {
        this.store = store;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        InMemoryProcessedMessages.Snapshot before = store.snapshot();
        try {
            T result = work.get();
            committed++;
            return result;
        } catch (RuntimeException e) {
            store.restore(before);
            rolledBack++;
            throw e;
        }
    }

    public int committed() {
        return committed;
    }

    public int rolledBack() {
        return rolledBack;
    }
}
