package dev.roster.smoke;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code ./roster smoke URL [--purchase] [--time-limit SECONDS]}: checks a running Roster deployment
 * in seconds and exits 0 when every check passed, 1 at the first that failed (printed with what was
 * seen), 2 for a command line it cannot read. Talks only to the URL it is given.
 */
public final class Smoke {

    public static final int PASSED = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private Smoke() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out));
    }

    /** Runs the smoke check, printing a line per check to {@code out}; answers the exit code. */
    public static int run(List<String> args, PrintStream out) {
        SmokeOptions options;
        try {
            options = SmokeOptions.parse(args);
        } catch (IllegalArgumentException unreadable) {
            out.println("smoke: " + unreadable.getMessage());
            out.println(SmokeOptions.USAGE);
            return USAGE;
        }
        out.printf("smoke: checking %s%s within %d s%n", options.baseUrl(),
                options.purchase() ? " with a purchase" : "", options.timeLimit().toSeconds());
        long started = System.nanoTime();
        Steps steps = new Steps(out, options.timeLimit(), System::nanoTime);
        try {
            new Checks(new Deployment(options.baseUrl(), steps), steps).run(options.purchase());
        } catch (StepFailed failed) {
            out.printf("smoke: FAILED after %d checks passed%n", steps.passed());
            return FAILED;
        }
        out.printf("smoke: all %d checks passed%s in %d ms%n", steps.passed(),
                steps.skipped() == 0 ? "" : " (" + steps.skipped() + " skipped)",
                (System.nanoTime() - started) / 1_000_000);
        return PASSED;
    }
}
