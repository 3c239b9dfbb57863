package dev.roster.notification.events.adapter;

import dev.roster.notification.delivery.domain.EnrollmentEvent;
import java.util.Objects;

/** What the parser made of one message body: an event to deliver, or a reason to dead-letter it. */
public sealed interface ParsedMessage {

    record Accepted(EnrollmentEvent event) implements ParsedMessage {
        public Accepted {
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * A message this consumer will never be able to handle, however often it is delivered.
     *
     * @param problem the kind of problem, a metric tag
     * @param detail  one line for the log, naming the field or value at fault (never the whole body)
     */
    record Rejected(Problem problem, String detail) implements ParsedMessage {
        public Rejected {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(detail, "detail");
        }
    }

    enum Problem {
        NOT_JSON("not_json"),
        MISSING_FIELD("missing_field"),
        INVALID_FIELD("invalid_field"),
        UNKNOWN_TYPE("unknown_type"),
        UNSUPPORTED_SCHEMA_VERSION("unsupported_schema_version");

        private final String tag;

        Problem(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }
    }
}
