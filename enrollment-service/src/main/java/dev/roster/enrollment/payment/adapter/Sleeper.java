package dev.roster.enrollment.payment.adapter;

import java.time.Duration;

/**
 * Waits between attempts of a payment call. Injected rather than calling {@link Thread#sleep(Duration)}
 * so that tests can see every wait the backoff planned, and advance their {@link Ticker} instead of
 * sleeping.
 */
@FunctionalInterface
interface Sleeper {

    Sleeper SYSTEM = Thread::sleep;

    void sleep(Duration duration) throws InterruptedException;
}
