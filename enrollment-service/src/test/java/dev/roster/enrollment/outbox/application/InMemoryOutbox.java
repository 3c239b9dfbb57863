package dev.roster.enrollment.outbox.application;

import dev.roster.enrollment.outbox.domain.OutboxEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * In-memory fake of {@link Outbox} with its promises: oldest first, only the returned ids marked,
 * nothing marked when the work throws. It can be told to fail its next transaction after the work
 * ran (a commit that fails).
 */
public class InMemoryOutbox implements Outbox {

    private final Map<UUID, OutboxEvent> events = new LinkedHashMap<>();
    private final Set<UUID> published = new HashSet<>();
    private RuntimeException failNextCommit;

    public synchronized InMemoryOutbox add(OutboxEvent event) {
        events.put(event.id(), event);
        return this;
    }

    public synchronized void failNextCommitWith(RuntimeException failure) {
        this.failNextCommit = failure;
    }

    @Override
    public synchronized int relayOldest(int limit, Function<List<OutboxEvent>, List<UUID>> publish) {
        List<OutboxEvent> claimed = unpublished().stream().limit(limit).toList();
        if (claimed.isEmpty()) {
            return 0;
        }
        List<UUID> confirmed = publish.apply(claimed);
        if (failNextCommit != null) {
            RuntimeException failure = failNextCommit;
            failNextCommit = null;
            throw failure;
        }
        Set<UUID> claimedIds = new HashSet<>(claimed.stream().map(OutboxEvent::id).toList());
        if (!claimedIds.containsAll(confirmed)) {
            throw new IllegalStateException("marked events it had not claimed: " + confirmed);
        }
        published.addAll(confirmed);
        return confirmed.size();
    }

    @Override
    public synchronized Backlog backlog() {
        List<OutboxEvent> waiting = unpublished();
        return new Backlog(waiting.size(), waiting.stream().findFirst().map(OutboxEvent::occurredAt));
    }

    public synchronized List<UUID> published() {
        return events.keySet().stream().filter(published::contains).toList();
    }

    public synchronized List<UUID> unpublishedIds() {
        return unpublished().stream().map(OutboxEvent::id).toList();
    }

    private List<OutboxEvent> unpublished() {
        List<OutboxEvent> waiting = new ArrayList<>(events.values().stream()
                .filter(event -> !published.contains(event.id())).toList());
        waiting.sort(Comparator.comparing(OutboxEvent::occurredAt).thenComparing(OutboxEvent::id));
        return waiting;
    }
}
