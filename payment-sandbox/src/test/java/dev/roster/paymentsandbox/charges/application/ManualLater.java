package dev.roster.paymentsandbox.charges.application;

import dev.roster.paymentsandbox.shared.Later;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Keeps every task it is given until the test runs them, so "later" is exactly when the test says. */
class ManualLater implements Later {

    private record Task(Duration delay, Runnable task) {
    }

    private final List<Task> waiting = new ArrayList<>();

    @Override
    public synchronized void after(Duration delay, Runnable task) {
        waiting.add(new Task(delay, task));
    }

    /** The delays of the tasks not run yet, in the order they were given. */
    synchronized List<Duration> waiting() {
        return waiting.stream().map(Task::delay).toList();
    }

    /** Runs every waiting task, as if all their delays had passed. */
    void runAll() {
        List<Task> due;
        synchronized (this) {
            due = List.copyOf(waiting);
            waiting.clear();
        }
        due.forEach(task -> task.task().run());
    }
}
