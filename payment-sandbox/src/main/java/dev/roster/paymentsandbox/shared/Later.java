package dev.roster.paymentsandbox.shared;

import java.time.Duration;

/**
 * Runs a task later, in the background (the late token's charge). Injected, like {@link Pause}, so
 * that unit tests run the task when they say so and web tests can hold it back.
 */
@FunctionalInterface
public interface Later {

    /** Runs the task once the delay has passed, on another thread; returns at once. */
    void after(Duration delay, Runnable task);

    /**
     * The production one: a virtual thread per task sleeps the delay ({@link Pause#sleeping()}),
     * then runs the task. Nothing outlives the JVM: the sandbox keeps everything in memory anyway.
     */
    static Later onVirtualThreads() {
        Pause sleeping = Pause.sleeping();
        return (delay, task) -> Thread.ofVirtual().name("sandbox-later").start(() -> {
            sleeping.pause(delay);
            task.run();
        });
    }
}
