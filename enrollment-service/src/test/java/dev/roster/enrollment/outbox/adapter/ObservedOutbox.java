package dev.roster.enrollment.outbox.adapter;

import dev.roster.enrollment.outbox.application.Outbox;
import dev.roster.enrollment.outbox.domain.OutboxEvent;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real outbox, watched: counts the relay's runs (each claims once), and can simulate the relay's
 * instance dying after the broker confirmed a batch but before the transaction that marks it committed.
 */
final class ObservedOutbox implements Outbox {

    private final Outbox delegate;
    private final boolean crashAfterTheFirstRun;
    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicBoolean crashed = new AtomicBoolean();

    private ObservedOutbox(Outbox delegate, boolean crashAfterTheFirstRun) {
        this.delegate = delegate;
        this.crashAfterTheFirstRun = crashAfterTheFirstRun;
    }

    static ObservedOutbox watching(Outbox delegate) {
        return new ObservedOutbox(delegate, false);
    }

    /** The first run commits; every later one publishes its batch, then fails before the commit. */
    static ObservedOutbox crashingAfterTheFirstRun(Outbox delegate) {
        return new ObservedOutbox(delegate, true);
    }

    @Override
    public List<OutboxEvent> claimOldest(int limit) {
        runs.incrementAndGet();
        return delegate.claimOldest(limit);
    }

    @Override
    public int markPublished(List<UUID> eventIds) {
        if (crashAfterTheFirstRun && runs.get() > 1) {
            crashed.set(true);
            throw new IllegalStateException("simulated crash: the broker confirmed, the outbox never committed");
        }
        return delegate.markPublished(eventIds);
    }

    @Override
    public Backlog backlog() {
        return delegate.backlog();
    }

    int runs() {
        return runs.get();
    }

    boolean crashed() {
        return crashed.get();
    }
}
