package dev.roster.notification.delivery.application;

import dev.roster.notification.delivery.domain.Email;
import java.util.Objects;

/** What became of one event. */
public sealed interface DeliveryOutcome {

    /** The email went out and the event is recorded as processed. */
    record Sent(Email email) implements DeliveryOutcome {
        public Sent {
            Objects.requireNonNull(email, "email");
        }
    }

    /** The event had been processed before: nothing sent. */
    record AlreadyProcessed() implements DeliveryOutcome {
    }

    /** enrollment-service does not know the learner: recorded as processed, nothing sent. */
    record NoContact() implements DeliveryOutcome {
    }

    /** A dependency is unavailable: nothing recorded, deliver the event again later. */
    record RetryLater(String reason) implements DeliveryOutcome {
        public RetryLater {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
