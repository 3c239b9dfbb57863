package dev.roster.enrollment.outbox.application;

import dev.roster.enrollment.outbox.domain.OutboxEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The outbox as the relay and the operators see it (port). */
public interface Outbox {

    /**
     * In one transaction: claims up to {@code limit} of the oldest unpublished events, oldest first,
     * skipping (not waiting for) events another transaction has claimed; hands them to
     * {@code publish}; marks published exactly the events whose ids it returns; commits. If
     * {@code publish} or the store fails, nothing is marked and the claims are released.
     *
     * @return how many events were marked published
     */
    int relayOldest(int limit, Function<List<OutboxEvent>, List<UUID>> publish);

    /** How many events wait to be published, and since when the oldest of them waits. */
    Backlog backlog();

    /**
     * @param events           unpublished events
     * @param oldestOccurredAt when the oldest of them occurred; empty when there are none
     */
    record Backlog(long events, Optional<Instant> oldestOccurredAt) {
    }
}
