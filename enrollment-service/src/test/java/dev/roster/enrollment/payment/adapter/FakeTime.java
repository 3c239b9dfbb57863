package dev.roster.enrollment.payment.adapter;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A ticker that moves only when told, and a sleeper that records each wait and moves the ticker by it
 * instead of sleeping: the budget and the backoff of a payment call, checked without the wall clock.
 * Thread-safe, for the tests that call one gateway from several threads.
 */
final class FakeTime implements Ticker, Sleeper {

    private final AtomicLong nanos;
    private volatile long stepPerReadNanos;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    FakeTime() {
        this(0);
    }

    /** Starts at {@code originNanos}: {@link System#nanoTime()} has an arbitrary origin, negative or near overflow. */
    FakeTime(long originNanos) {
        this.nanos = new AtomicLong(originNanos);
    }

    @Override
    public long nanos() {
        return nanos.getAndAdd(stepPerReadNanos);
    }

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        advance(duration);
    }

    /** Time passes: an attempt at the provider took this long. */
    void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    /** From now on, time moves by {@code step} after each reading: whatever happens between two readings takes it. */
    void advanceOnEveryRead(Duration step) {
        stepPerReadNanos = step.toNanos();
    }

    /** Every wait the sleeper was asked for, in order. */
    List<Duration> waits() {
        return List.copyOf(waits);
    }
}
