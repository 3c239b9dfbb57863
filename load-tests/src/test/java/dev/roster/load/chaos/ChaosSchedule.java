package dev.roster.load.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * When each fault of a chaos run lands: one of every {@link Fault.Kind}, each at a moment drawn from the seed,
 * so a seed replays the same schedule. Every fault starts after a quiet lead-in (the clients are busy by then)
 * and is healed before a quiet tail, so the run also shows the system recovering under load. Faults may overlap,
 * as real ones do.
 *
 * <p>{@code main(seed, runSeconds)} prints one {@link Fault#line()} per fault, in start order, for the run script.
 */
final class ChaosSchedule {

    static final Duration LEAD_IN = Duration.ofSeconds(10);
    static final Duration TAIL = Duration.ofSeconds(15);

    private ChaosSchedule() {
    }

    static List<Fault> of(long seed, Duration run, int instances) {
        Random random = new Random(seed);
        List<Fault> faults = new ArrayList<>();
        for (Fault.Kind kind : Fault.Kind.values()) {
            long latestStart = run.minus(TAIL).minus(kind.length()).toSeconds();
            if (latestStart < LEAD_IN.toSeconds()) {
                throw new IllegalArgumentException("a run of %d s is too short for %s (%d s) between a lead-in of %d s and a tail of %d s"
                        .formatted(run.toSeconds(), kind.label(), kind.length().toSeconds(), LEAD_IN.toSeconds(), TAIL.toSeconds()));
            }
            long start = LEAD_IN.toSeconds() + random.nextLong(latestStart - LEAD_IN.toSeconds() + 1);
            int instance = kind.hasInstance() ? random.nextInt(instances) : 0;
            faults.add(new Fault(kind, instance, Duration.ofSeconds(start), kind.length()));
        }
        faults.sort(Comparator.comparing(Fault::start));
        return faults;
    }

    public static void main(String[] args) {
        of(Long.parseLong(args[0]), Duration.ofSeconds(Long.parseLong(args[1])), Integer.parseInt(args[2]))
                .forEach(fault -> System.out.println(fault.line()));
    }
}
