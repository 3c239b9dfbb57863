package dev.roster.enrollment.identity.adapter;

import dev.roster.enrollment.identity.domain.PasswordHash;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one Argon2id hash (sign-up) and one check (log-in) cost with Roster's parameters
 * (19 MiB, t=2, p=1). Sample mode, so the report gives the median (p0.50) per call.
 * Lives in the adapter's package to reach the package-private hasher.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Argon2HashBenchmark {

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();
    private PasswordHash stored;

    @Setup
    public void hashOnce() {
        stored = hasher.hash("Correct-Horse-9");
    }

    @Benchmark
    public PasswordHash hash() {
        return hasher.hash("Correct-Horse-9");
    }

    @Benchmark
    public boolean check() {
        return hasher.matches("Correct-Horse-9", stored);
    }
}
