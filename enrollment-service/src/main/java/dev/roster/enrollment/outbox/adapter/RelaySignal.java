package dev.roster.enrollment.outbox.adapter;

import dev.roster.defaults.transactions.Transactions;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells this instance's relay that a transaction which wrote outbox events has committed, so it publishes them at
 * once instead of at its next poll (up to {@code roster.outbox.poll-interval} later): commit-to-publish becomes the
 * relay's own work, not the poll's phase. Only a hint, and only within this instance: the poll remains what finds
 * events committed by other instances, or written while the relay was busy or backing off, so losing a signal
 * delays an event by one poll interval at most and never loses it.
 */
final class RelaySignal {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Transactions transactions;

    RelaySignal(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    void subscribe(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Signals after the current transaction commits (nothing after a rollback: there is nothing to publish); at
     * once when there is no transaction, as the write has then committed already.
     */
    void afterCommit() {
        transactions.afterCommit(this::signal);
    }

    private void signal() {
        listeners.forEach(Runnable::run);
    }
}
