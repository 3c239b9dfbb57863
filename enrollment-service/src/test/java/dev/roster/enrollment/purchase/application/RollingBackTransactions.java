package dev.roster.enrollment.purchase.application;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.testsupport.Snapshotting;
import java.util.List;
import java.util.function.Supplier;

/**
 * A fake {@link Transactions} that really rolls back: when the work throws, the in-memory fakes it was
 * given are put back as they were when the transaction began, as PostgreSQL would undo the rows, and the
 * exception goes on (SpringTransactions rolls back on any RuntimeException or Error, and so does this). A
 * transaction begun inside another joins it, as Spring's default propagation does.
 *
 * <p>Single-threaded, like the application tests that use it: a snapshot taken here would also undo what
 * another thread wrote meanwhile, so concurrency stays with the PostgreSQL tests.
 */
public class RollingBackTransactions implements Transactions {

    private final List<Snapshotting> fakes;
    private int depth;
    private int rolledBack;

    public RollingBackTransactions(Snapshotting... fakes) {
        this.fakes = List.of(fakes);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (depth > 0) {
            return work.get();
        }
        List<Runnable> restores = fakes.stream().map(Snapshotting::snapshot).toList();
        depth++;
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            restores.forEach(Runnable::run);
            rolledBack++;
            throw failure;
        } finally {
            depth--;
        }
    }

    /** How many transactions rolled back, so a test can tell a rollback from nothing having been written. */
    public int rolledBack() {
        return rolledBack;
    }
}
