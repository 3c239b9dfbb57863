package dev.roster.enrollment.identity.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.identity.application.InvalidCredentialsException;
import dev.roster.enrollment.identity.application.LoginThrottledException;
import dev.roster.enrollment.identity.application.PasswordHasher;
import dev.roster.enrollment.identity.domain.PasswordHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A burst of concurrent wrong-password attempts, started together, counting the passwords actually
 * checked through a wrapper around the real hasher.
 *
 * <p>The race window is widened deterministically, not by sleeping: a check waits until every
 * attempt of the burst has either reached a check or been answered 429. So a flow that decides on a
 * stale count lets the whole burst through, every time, and a correct one lets exactly the limit
 * through, every time.
 */
final class LoginBurst {

    /** One log-in attempt through some flow and instance; answers by returning or throwing. */
    interface LogIn {
        void logIn(String email, String password, String clientAddress);
    }

    record Outcome(int checked, Map<String, Integer> answers) {
    }

    private static final long GIVE_UP_SECONDS = 60;

    private final int size;
    private final CountDownLatch arrived;
    private final AtomicInteger checked = new AtomicInteger();
    private final PasswordHasher hasher;

    LoginBurst(int size, PasswordHasher realHasher) {
        this.size = size;
        this.arrived = new CountDownLatch(size);
        this.hasher = new GatedCountingHasher(realHasher);
    }

    /** The hasher every instance under test must use, so its checks are counted and gated. */
    PasswordHasher hasher() {
        return hasher;
    }

    /** Runs the burst, attempt {@code i} on {@code instances[i % n]} for the account {@code emailOf(i)}. */
    Outcome run(List<LogIn> instances, IntFunction<String> emailOf, String clientAddress) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(size);
        CyclicBarrier start = new CyclicBarrier(size);
        try {
            List<Callable<String>> attempts = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                LogIn instance = instances.get(i % instances.size());
                String email = emailOf.apply(i);
                attempts.add(() -> {
                    start.await();
                    return answer(instance, email, clientAddress);
                });
            }
            Map<String, Integer> answers = new TreeMap<>();
            for (Future<String> answer : pool.invokeAll(attempts)) {
                answers.merge(answer.get(), 1, Integer::sum);
            }
            return new Outcome(checked.get(), answers);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The rule under test: at most {@code limit} passwords checked, every other attempt answered 429. */
    static void assertThrottleHeld(Outcome outcome, int size, int limit) {
        assertThat(outcome.checked()).as("passwords checked in a burst of %d", size).isLessThanOrEqualTo(limit);
        assertThat(outcome.answers()).as("answers")
                .isEqualTo(Map.of("401", outcome.checked(), "429", size - outcome.checked()));
    }

    private String answer(LogIn instance, String email, String clientAddress) {
        try {
            instance.logIn(email, "Wrong-Pass-1", clientAddress);
            return "logged in";
        } catch (LoginThrottledException throttled) {
            arrived.countDown();
            return "429";
        } catch (InvalidCredentialsException invalid) {
            return "401";
        }
    }

    private final class GatedCountingHasher implements PasswordHasher {

        private final PasswordHasher real;

        GatedCountingHasher(PasswordHasher real) {
            this.real = real;
        }

        @Override
        public PasswordHash hash(String password) {
            return real.hash(password);
        }

        @Override
        public boolean matches(String password, PasswordHash hash) {
            checked.incrementAndGet();
            arrived.countDown();
            try {
                if (!arrived.await(GIVE_UP_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("an attempt of the burst neither reached a check nor got 429");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return real.matches(password, hash);
        }
    }
}
