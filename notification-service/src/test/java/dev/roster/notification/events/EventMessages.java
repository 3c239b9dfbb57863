package dev.roster.notification.events;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Event message bodies as enrollment-service writes them (its {@code OutboxEnrollmentEvents}), built
 * field by field so a test states only what matters: {@code confirmed().with("schemaVersion", 2)}.
 */
public final class EventMessages {

    public static final String COURSE_TITLE = "PostgreSQL for application developers";

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private EventMessages(String type) {
        fields.put("eventId", UUID.randomUUID().toString());
        fields.put("type", type);
        fields.put("schemaVersion", 1);
        fields.put("occurredAt", "2026-11-21T10:00:00Z");
        fields.put("enrollmentId", UUID.randomUUID().toString());
        fields.put("learnerId", UUID.randomUUID().toString());
        fields.put("courseId", UUID.randomUUID().toString());
        fields.put("courseTitle", COURSE_TITLE);
        fields.put("amount", "129.00");
        fields.put("currency", "EUR");
    }

    public static EventMessages confirmed() {
        return new EventMessages("EnrollmentConfirmed");
    }

    public static EventMessages cancelled() {
        return new EventMessages("EnrollmentCancelled");
    }

    /** Sets a field; a String is written as a JSON string, a Number or Boolean as itself. */
    public EventMessages with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public EventMessages without(String field) {
        fields.remove(field);
        return this;
    }

    public EventMessages eventId(UUID eventId) {
        return with("eventId", eventId.toString());
    }

    public EventMessages learnerId(UUID learnerId) {
        return with("learnerId", learnerId.toString());
    }

    public UUID eventId() {
        return UUID.fromString((String) fields.get("eventId"));
    }

    public String type() {
        return (String) fields.get("type");
    }

    public String routingKey() {
        return "EnrollmentCancelled".equals(type()) ? "enrollment.cancelled" : "enrollment.confirmed";
    }

    public String json() {
        return fields.entrySet().stream()
                .map(field -> quoted(field.getKey()) + ":" + valueOf(field.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    public byte[] bytes() {
        return json().getBytes(StandardCharsets.UTF_8);
    }

    private static String valueOf(Object value) {
        return value instanceof String text ? quoted(text) : String.valueOf(value);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
