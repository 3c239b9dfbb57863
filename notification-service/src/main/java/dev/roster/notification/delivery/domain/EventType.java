package dev.roster.notification.delivery.domain;

import java.util.Arrays;
import java.util.Optional;

/** The enrollment events this service turns into email, by their name on the wire. */
public enum EventType {
    CONFIRMED("EnrollmentConfirmed", "enrollment.confirmed"),
    CANCELLED("EnrollmentCancelled", "enrollment.cancelled");

    private final String wireName;
    private final String routingKey;

    EventType(String wireName, String routingKey) {
        this.wireName = wireName;
        this.routingKey = routingKey;
    }

    /** The {@code type} field of the message body and the AMQP {@code type} property. */
    public String wireName() {
        return wireName;
    }

    /** The routing key enrollment-service publishes this event with. */
    public String routingKey() {
        return routingKey;
    }

    public static Optional<EventType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }
}
