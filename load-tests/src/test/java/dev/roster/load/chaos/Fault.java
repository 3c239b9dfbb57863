package dev.roster.load.chaos;

import java.time.Duration;

/**
 * One fault of a chaos run: what breaks, which instance (for the kinds that have one), when it starts and how
 * long it lasts, counted from the start of the clients' run. The run script injects it and heals it; this is
 * only the plan.
 */
record Fault(Kind kind, int instance, Duration start, Duration length) {

    enum Kind {
        /** {@code kill -9} of one enrollment-service, started again after the length. */
        KILL_ENROLLMENT("kill-enrollment", Duration.ofSeconds(15)),
        /** {@code kill -9} of one notification-service, started again after the length. */
        KILL_NOTIFICATION("kill-notification", Duration.ofSeconds(15)),
        /** RabbitMQ's application stopped ({@code rabbitmqctl stop_app}), then started. */
        STOP_RABBITMQ("stop-rabbitmq", Duration.ofSeconds(30)),
        /** Every connection to the run's databases terminated and new ones refused, then allowed again. */
        CUT_POSTGRESQL("cut-postgresql", Duration.ofSeconds(5)),
        /** The payment sandbox stopped ({@code SIGSTOP}): it accepts connections and answers nothing, then resumes. */
        SANDBOX_UNREACHABLE("sandbox-unreachable", Duration.ofSeconds(20));

        private final String label;
        private final Duration length;

        Kind(String label, Duration length) {
            this.label = label;
            this.length = length;
        }

        String label() {
            return label;
        }

        Duration length() {
            return length;
        }

        boolean hasInstance() {
            return this == KILL_ENROLLMENT || this == KILL_NOTIFICATION;
        }
    }

    Duration end() {
        return start.plus(length);
    }

    /** The line the run script reads: start and length in whole seconds, the kind, the instance (or -). */
    String line() {
        return "%d %d %s %s".formatted(start.toSeconds(), length.toSeconds(), kind.label(),
                kind.hasInstance() ? Integer.toString(instance) : "-");
    }
}
