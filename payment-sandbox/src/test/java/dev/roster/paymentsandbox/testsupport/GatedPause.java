package dev.roster.paymentsandbox.testsupport;

import dev.roster.paymentsandbox.shared.Pause;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The production pause, unless a test holds it: then every pause waits until the test lets go. A
 * test that needs a request to stay in progress holds it, so the test does not race a delay.
 */
public class GatedPause implements Pause {

    private final Pause sleeping = Pause.sleeping();
    private final AtomicInteger holding = new AtomicInteger();
    private volatile CountDownLatch gate;

    @Override
    public void pause(Duration duration) {
        CountDownLatch closed = gate;
        if (closed == null) {
            sleeping.pause(duration);
            return;
        }
        holding.incrementAndGet();
        try {
            // bounded, so that a broken test cannot hang the build
            closed.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            holding.decrementAndGet();
        }
    }

    public void hold() {
        gate = new CountDownLatch(1);
    }

    public void letGo() {
        CountDownLatch closed = gate;
        gate = null;
        if (closed != null) {
            closed.countDown();
        }
    }

    /** How many requests are waiting at the gate now. */
    public int holding() {
        return holding.get();
    }
}
