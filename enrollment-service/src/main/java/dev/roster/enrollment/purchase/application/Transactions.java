package dev.roster.enrollment.purchase.application;

import java.util.function.Supplier;

/** Runs work in one database transaction (port): all of it commits, or none of it. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
