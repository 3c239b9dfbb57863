package dev.roster.enrollment.outbox.application;

import dev.roster.enrollment.outbox.domain.OutboxEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * In-memory fake of {@link EventPublisher}: confirms every event unless told otherwise for a given
 * event, and remembers what it was asked to publish, in order.
 */
public class ScriptedPublisher implements EventPublisher {

    private final Map<UUID, Supplier<PublishResult>> script = new HashMap<>();
    private final List<UUID> attempted = new ArrayList<>();
    private final List<UUID> confirmed = new ArrayList<>();
    private boolean everythingFails;
    private PublishResult.Failed failureForAll;

    public synchronized ScriptedPublisher failing(UUID event, FailureReason reason) {
        script.put(event, () -> PublishResult.failed(reason, "scripted " + reason.tag()));
        return this;
    }

    public synchronized ScriptedPublisher throwing(UUID event, RuntimeException exception) {
        script.put(event, () -> {
            throw exception;
        });
        return this;
    }

    /** Every publish fails until {@link #recover()}, like a broker that is down. */
    public synchronized ScriptedPublisher down(FailureReason reason) {
        everythingFails = true;
        failureForAll = new PublishResult.Failed(reason, "scripted outage");
        return this;
    }

    public synchronized ScriptedPublisher recover() {
        everythingFails = false;
        script.clear();
        return this;
    }

    @Override
    public synchronized PublishResult publish(OutboxEvent event) {
        attempted.add(event.id());
        if (everythingFails) {
            return failureForAll;
        }
        PublishResult result = script.getOrDefault(event.id(), PublishResult::confirmed).get();
        if (result instanceof PublishResult.Confirmed) {
            confirmed.add(event.id());
        }
        return result;
    }

    public synchronized List<UUID> attempted() {
        return List.copyOf(attempted);
    }

    public synchronized List<UUID> confirmed() {
        return List.copyOf(confirmed);
    }
}
