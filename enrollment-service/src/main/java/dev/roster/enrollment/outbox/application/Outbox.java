package dev.roster.enrollment.outbox.application;

import dev.roster.enrollment.outbox.domain.OutboxEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The outbox as the relay and the operators see it (port). */
public interface Outbox {

    /**
     * Claims up to {@code limit} of the oldest unpublished events, oldest first, skipping (not
     * waiting for) events another transaction has claimed. Runs inside the caller's transaction and
     * the claims last until it ends: committed, with the events marked; rolled back, released.
     */
    List<OutboxEvent> claimOldest(int limit);

    /**
     * Marks these events published, inside the caller's transaction (the one that claimed them).
     *
     * @return how many events were marked (one already marked is not marked again)
     */
    int markPublished(List<UUID> eventIds);

    /** How many events wait to be published, and since when the oldest of them waits. */
    Backlog backlog();

    /**
     * @param events           unpublished events
     * @param oldestOccurredAt when the oldest of them occurred; empty when there are none
     */
    record Backlog(long events, Optional<Instant> oldestOccurredAt) {
    }
}
