package dev.roster.paymentsandbox.testsupport;

import dev.roster.paymentsandbox.shared.Later;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The production {@link Later}, unless a test holds it: then every task waits until the test lets
 * go, and runs then, on the test's thread. A test that needs the late charge not made yet holds it,
 * so the test does not race the late delay.
 */
public class GatedLater implements Later {

    private final Later onVirtualThreads = Later.onVirtualThreads();
    private final List<Runnable> held = new ArrayList<>();
    private boolean holding;

    @Override
    public void after(Duration delay, Runnable task) {
        synchronized (this) {
            if (holding) {
                held.add(task);
                return;
            }
        }
        onVirtualThreads.after(delay, task);
    }

    public synchronized void hold() {
        holding = true;
    }

    /** Runs the tasks held so far, as if their delays had passed, and lets later ones take their time. */
    public void letGo() {
        List<Runnable> due;
        synchronized (this) {
            holding = false;
            due = List.copyOf(held);
            held.clear();
        }
        due.forEach(Runnable::run);
    }

    /** How many tasks wait for the test to let go. */
    public synchronized int waiting() {
        return held.size();
    }
}
