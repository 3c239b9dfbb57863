package dev.roster.paymentsandbox.charges.application;

import dev.roster.paymentsandbox.shared.Pause;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds every pause until the test lets go, so a slow request stays in progress exactly as long as
 * the test needs, with no timing involved.
 */
class HeldPause implements Pause {

    private final CountDownLatch letGo = new CountDownLatch(1);
    private final AtomicInteger holding = new AtomicInteger();

    @Override
    public void pause(Duration duration) {
        holding.incrementAndGet();
        try {
            // bounded, so that a broken test cannot hang the build
            letGo.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            holding.decrementAndGet();
        }
    }

    int holding() {
        return holding.get();
    }

    void letGo() {
        letGo.countDown();
    }
}
