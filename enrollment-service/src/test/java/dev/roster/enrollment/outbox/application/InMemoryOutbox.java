package dev.roster.enrollment.outbox.application;

import dev.roster.enrollment.outbox.domain.OutboxEvent;
import dev.roster.enrollment.testsupport.Snapshotting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * In-memory fake of {@link Outbox} with its promises: oldest first, only the claimed events may be
 * marked, and a rolled-back transaction ({@link Snapshotting}, with a rolling-back fake of the
 * transactions) marks nothing. It can be told to fail its next marking after it marked (as a commit
 * that fails would).
 */
public class InMemoryOutbox implements Outbox, Snapshotting {

    private final Map<UUID, OutboxEvent> events = new LinkedHashMap<>();
    private final Set<UUID> published = new HashSet<>();
    private final Set<UUID> claimed = new HashSet<>();
    private RuntimeException failNextCommit;

    public synchronized InMemoryOutbox add(OutboxEvent event) {
        events.put(event.id(), event);
        return this;
    }

    public synchronized void failNextCommitWith(RuntimeException failure) {
        this.failNextCommit = failure;
    }

    @Override
    public synchronized List<OutboxEvent> claimOldest(int limit) {
        List<OutboxEvent> oldest = unpublished().stream().limit(limit).toList();
        oldest.forEach(event -> claimed.add(event.id()));
        return oldest;
    }

    @Override
    public synchronized int markPublished(List<UUID> eventIds) {
        if (!claimed.containsAll(eventIds)) {
            throw new IllegalStateException("marked events it had not claimed: " + eventIds);
        }
        int marked = (int) eventIds.stream().filter(published::add).count();
        if (failNextCommit != null) {
            RuntimeException failure = failNextCommit;
            failNextCommit = null;
            throw failure;
        }
        return marked;
    }

    @Override
    public synchronized Runnable snapshot() {
        Set<UUID> saved = new HashSet<>(published);
        return () -> {
            synchronized (this) {
                published.clear();
                published.addAll(saved);
                claimed.clear();
            }
        };
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
