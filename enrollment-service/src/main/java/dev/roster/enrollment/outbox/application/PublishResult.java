package dev.roster.enrollment.outbox.application;

import java.util.Objects;

/** What became of one publish. */
public sealed interface PublishResult {

    /** The broker confirmed the message and routed it to at least one queue. */
    record Confirmed() implements PublishResult {
    }

    /** The event did not reach a queue, or it is not known that it did. */
    record Failed(FailureReason reason, String detail) implements PublishResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    static PublishResult confirmed() {
        return new Confirmed();
    }

    static PublishResult failed(FailureReason reason, String detail) {
        return new Failed(reason, detail);
    }
}
