package dev.roster.notification.delivery.application;

import dev.roster.notification.delivery.domain.Email;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** {@link ProcessedMessages} in memory, with snapshots for {@link InMemoryTransactions} to roll back to. */
public class InMemoryProcessedMessages implements ProcessedMessages {

    private Map<UUID, String> processed = new HashMap<>();
    private Map<UUID, Email> sent = new HashMap<>();

    @Override
    public boolean claim(UUID eventId, String type, Instant processedAt) {
        return processed.putIfAbsent(eventId, type) == null;
    }

    @Override
    public void recordSent(UUID eventId, Email email, Instant sentAt) {
        if (!processed.containsKey(eventId)) {
            throw new IllegalStateException("foreign key: event " + eventId + " was not claimed");
        }
        if (sent.putIfAbsent(eventId, email) != null) {
            throw new IllegalStateException("primary key: an email for " + eventId + " is recorded already");
        }
    }

    public boolean isProcessed(UUID eventId) {
        return processed.containsKey(eventId);
    }

    public Map<UUID, Email> sentEmails() {
        return Map.copyOf(sent);
    }

    Snapshot snapshot() {
        return new Snapshot(new HashMap<>(processed), new HashMap<>(sent));
    }

    void restore(Snapshot snapshot) {
        processed = new HashMap<>(snapshot.processed());
        sent = new HashMap<>(snapshot.sent());
    }

    record Snapshot(Map<UUID, String> processed, Map<UUID, Email> sent) {
    }
}
