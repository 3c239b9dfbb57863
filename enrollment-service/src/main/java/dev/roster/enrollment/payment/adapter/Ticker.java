package dev.roster.enrollment.payment.adapter;

/**
 * A monotonic clock in nanoseconds, for the payment call's time budget. Injected rather than read from
 * {@link System#nanoTime()} so that tests can decide how much time an attempt or a wait took, and check the
 * budget without waiting for it.
 */
@FunctionalInterface
interface Ticker {

    Ticker SYSTEM = System::nanoTime;

    long nanos();
}
