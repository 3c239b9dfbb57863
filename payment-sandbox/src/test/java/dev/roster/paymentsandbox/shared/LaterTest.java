package dev.roster.paymentsandbox.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The production {@link Later}: the caller goes on at once, the task runs on its own thread after the delay. */
class LaterTest {

    final Later later = Later.onVirtualThreads();

    @Test
    void returnsAtOnceAndLeavesTheTaskForLater() {
        AtomicBoolean ran = new AtomicBoolean();

        later.after(Duration.ofHours(1), () -> ran.set(true));

        assertThat(ran).isFalse();
    }

    @Test
    void runsTheTaskOnAVirtualThreadOnceTheDelayHasPassed() throws Exception {
        CompletableFuture<Thread> ranOn = new CompletableFuture<>();
        long start = System.nanoTime();

        later.after(Duration.ofMillis(100), () -> ranOn.complete(Thread.currentThread()));

        Thread thread = ranOn.get(10, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(thread).isNotSameAs(Thread.currentThread());
        assertThat(thread.isVirtual()).isTrue();
    }
}
