package dev.roster.smoke;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Runs named checks one after the other and prints one line for each: {@code ok}, {@code skip} with a
 * note, or {@code FAIL} with what was seen, after which nothing else runs. Holds the whole run's time
 * budget: a check that starts with no time left fails as such, and {@link #remaining()} bounds every
 * request, so the run ends within its limit even when the deployment stops answering.
 */
final class Steps {

    private final PrintStream out;
    private final LongSupplier nanoTime;
    private final long deadline;
    private final Duration limit;
    private int passed;
    private int skipped;

    Steps(PrintStream out, Duration limit, LongSupplier nanoTime) {
        this.out = out;
        this.nanoTime = nanoTime;
        this.limit = limit;
        this.deadline = nanoTime.getAsLong() + limit.toNanos();
    }

    /**
     * Runs the check named {@code name}; its result is the detail printed after "ok".
     *
     * @throws StepFailed when the check failed (already printed); the run stops there
     */
    String run(String name, Supplier<String> check) {
        long started = nanoTime.getAsLong();
        try {
            if (remaining().isZero()) {
                throw new StepFailed("the time limit of " + limit.toSeconds() + " s was used up before this step");
            }
            String detail = check.get();
            passed++;
            print("ok", name, detail, started);
            return detail;
        } catch (Skipped skip) {
            skipped++;
            print("skip", name, skip.getMessage(), started);
            return "";
        } catch (StepFailed failed) {
            print("FAIL", name, failed.getMessage(), started);
            throw failed;
        } catch (RuntimeException unexpected) {
            // a malformed answer (not JSON, a missing field): still a failure of this step, named as such
            StepFailed failed = new StepFailed("unexpected answer: " + unexpected);
            print("FAIL", name, failed.getMessage(), started);
            throw failed;
        }
    }

    /** What is left of the run's budget, never negative. */
    Duration remaining() {
        long left = deadline - nanoTime.getAsLong();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    int passed() {
        return passed;
    }

    int skipped() {
        return skipped;
    }

    private void print(String outcome, String name, String detail, long started) {
        long millis = Duration.ofNanos(nanoTime.getAsLong() - started).toMillis();
        out.printf("%-5s %-16s %s (%d ms)%n", outcome, name, detail == null ? "" : detail, millis);
    }
}
