package dev.roster.load.chaos;

/**
 * A fault as it happened, from the run script's fault log: injected at {@code from}, healed (the killed
 * instance ready again, the broker started, connections allowed, the sandbox resumed) at {@code to}, epoch ms.
 */
record FaultWindow(String kind, String instance, long from, long to) {

    /** One line of the fault log: {@code kind instance fromMillis toMillis}. */
    static FaultWindow parse(String line) {
        String[] fields = line.strip().split("\\s+");
        return new FaultWindow(fields[0], fields[1], Long.parseLong(fields[2]), Long.parseLong(fields[3]));
    }

    /** Whether this is the kill of the given enrollment-service, and the attempt overlapped it. */
    boolean killed(int enrollmentInstance, Attempt attempt) {
        return kind.equals(Fault.Kind.KILL_ENROLLMENT.label()) && instance.equals(Integer.toString(enrollmentInstance))
                && attempt.sentAt() <= to && attempt.answeredAt() >= from;
    }
}
