package dev.roster.enrollment.pricing.application;

import dev.roster.enrollment.testsupport.Snapshotting;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An in-memory fake of {@link FirstOrderCredits}: one holder per learner, given back only by the
 * order that holds it. Synchronized, though not transactional: JdbcFirstOrderCreditsIT holds the real
 * adapter to the same {@link FirstOrderCreditsContract}, and to what a rolled-back claim means.
 */
public class InMemoryFirstOrderCredits implements FirstOrderCredits, Snapshotting {

    private Map<UUID, UUID> orderByLearner = new HashMap<>();

    @Override
    public synchronized boolean isHeld(UUID learnerId) {
        return orderByLearner.containsKey(learnerId);
    }

    @Override
    public synchronized boolean claim(UUID learnerId, UUID orderId, Instant now) {
        return orderByLearner.putIfAbsent(learnerId, orderId) == null;
    }

    @Override
    public synchronized void release(UUID orderId) {
        orderByLearner.values().remove(orderId);
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, UUID> saved = new HashMap<>(orderByLearner);
        return () -> {
            synchronized (this) {
                orderByLearner = new HashMap<>(saved);
            }
        };
    }
}
