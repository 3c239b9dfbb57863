package dev.roster.enrollment.outbox.adapter;

import dev.roster.enrollment.outbox.application.FailureReason;
import dev.roster.enrollment.outbox.application.OutboxRelayService;
import dev.roster.enrollment.outbox.application.RelayRun;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the {@link OutboxRelayService} on a thread of its own, for as long as the application runs: each run
 * schedules the next after the delay the relay asked for (at once after a full batch, the poll
 * interval when caught up, the backoff after a failure). Started with the application context, and
 * stopped before the database and the broker connection close; a run in progress finishes first.
 *
 * <p>{@link #wake()} (a commit that wrote events, {@link RelaySignal}) starts the next run now instead of after the
 * poll interval; a run in progress is followed by another at once, as it may have claimed before that commit. A
 * relay backing off after a failure is not woken: the backoff is what spares a broker that is down.
 *
 * <h2>Telemetry</h2>
 * Counter {@value #PUBLISHED} (events marked published) and {@value #FAILURES} tagged {@code reason}
 * (nacked, returned, timeout, broker_error, unknown_type, outbox_error), one per failed run. One WARN
 * per failed run with the event, the reason and the next attempt; one INFO when publishing works
 * again. Payloads are never logged.
 */
final class OutboxRelayRunner implements SmartLifecycle {

    static final String PUBLISHED = "roster.outbox.published";
    static final String FAILURES = "roster.outbox.publish.failures";

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayRunner.class);
    private static final Duration PAUSE_AFTER_UNEXPECTED_ERROR = Duration.ofSeconds(30);

    private final OutboxRelayService relay;
    private final Duration stopTimeout;
    private final Counter published;
    private final Map<FailureReason, Counter> failures = new EnumMap<>(FailureReason.class);

    private ScheduledThreadPoolExecutor executor;
    private volatile boolean running;
    private volatile RelayRun lastRun;
    /** Set by {@link #wake()}; cleared as a run starts, so a wake during a run means "run again at once". */
    private volatile boolean wakeRequested;
    /** The next run while it waits to start; null while a run is in progress. Guarded by this. */
    private ScheduledFuture<?> nextRun;
    /** Whether the waiting run is a backoff after a failure. Guarded by this. */
    private boolean backingOff;

    /**
     * @param stopTimeout how long {@link #stop()} waits for a run in progress (a batch waiting for a
     *                    confirm takes up to the confirm timeout)
     */
    OutboxRelayRunner(OutboxRelayService relay, MeterRegistry meters, Duration stopTimeout) {
        this.relay = Objects.requireNonNull(relay, "relay");
        this.stopTimeout = Objects.requireNonNull(stopTimeout, "stopTimeout");
        this.published = Counter.builder(PUBLISHED)
                .description("Outbox events published to the broker and marked published")
                .register(meters);
        for (FailureReason reason : FailureReason.values()) {
            failures.put(reason, Counter.builder(FAILURES)
                    .description("Relay runs stopped by an event the broker did not confirm, or by the outbox")
                    .tag("reason", reason.tag())
                    .register(meters));
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        // a stop drops the next scheduled run instead of waiting for it
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        running = true;
        nextRun = executor.schedule(this::runAndScheduleNext, 0, TimeUnit.MILLISECONDS);
        log.info("Outbox relay started");
    }

    @Override
    public void stop() {
        ScheduledThreadPoolExecutor stopping;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            stopping = executor;
        }
        stopping.shutdown();
        try {
            if (!stopping.awaitTermination(stopTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Outbox relay still busy after {}; interrupting it (its batch rolls back and is "
                        + "published again later)", stopTimeout);
                stopping.shutdownNow();
            }
        } catch (InterruptedException e) {
            stopping.shutdownNow();
            Thread.currentThread().interrupt();
        }
        log.info("Outbox relay stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Publish now what a commit has just written, unless the relay is backing off (see the class comment). */
    void wake() {
        wakeRequested = true;
        synchronized (this) {
            // nextRun null: a run is in progress and will see wakeRequested when it ends
            if (!running || backingOff || nextRun == null) {
                return;
            }
            // false: it has just started, and it claims after this commit anyway
            if (nextRun.cancel(false)) {
                try {
                    nextRun = executor.schedule(this::runAndScheduleNext, 0, TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException e) {
                    // stopped meanwhile
                }
            }
        }
    }

    /** The most recent run, for tests and diagnostics; null before the first. */
    RelayRun lastRun() {
        return lastRun;
    }

    private void runAndScheduleNext() {
        if (!running) {
            return;
        }
        synchronized (this) {
            nextRun = null;
        }
        // cleared before the claim: a commit signalled from now on is either claimed by this run or runs the next
        wakeRequested = false;
        RelayRun run;
        try {
            run = relay.runOnce();
        } catch (RuntimeException e) {
            // runOnce does not throw; should it ever, the relay must keep running all the same
            log.error("Outbox relay run failed unexpectedly", e);
            run = null;
        }
        Duration next = run == null ? PAUSE_AFTER_UNEXPECTED_ERROR : run.nextRunIn();
        if (run != null) {
            record(run);
        }
        synchronized (this) {
            backingOff = run == null || run.failed();
            if (!backingOff && wakeRequested) {
                next = Duration.ZERO;
            }
            try {
                if (running) {
                    nextRun = executor.schedule(this::runAndScheduleNext, next.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (RejectedExecutionException e) {
                // stopped meanwhile
            }
        }
    }

    private void record(RelayRun run) {
        RelayRun previous = lastRun;
        lastRun = run;
        published.increment(run.published());
        run.failure().ifPresentOrElse(failure -> {
            failures.get(failure.reason()).increment();
            if (failure.reason() == FailureReason.UNKNOWN_TYPE) {
                log.error("Outbox relay cannot publish event {}: {}", failure.eventId().orElse(null), failure.detail());
            } else if (failure.eventId().isPresent()) {
                log.warn("Outbox relay: event {} not published ({}: {}), {} published before it; failed attempt {}, "
                                + "next in {} ms", failure.eventId().get(), failure.reason().tag(), failure.detail(),
                        run.published(), run.consecutiveFailures(), run.nextRunIn().toMillis());
            } else {
                log.warn("Outbox relay: the outbox transaction failed ({}: {}), nothing marked published; failed "
                                + "attempt {}, next in {} ms", failure.reason().tag(), failure.detail(),
                        run.consecutiveFailures(), run.nextRunIn().toMillis());
            }
        }, () -> {
            if (previous != null && previous.failed()) {
                log.info("Outbox relay publishes again after {} failed attempt(s)", previous.consecutiveFailures());
            }
        });
    }
}
