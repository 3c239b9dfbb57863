package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.purchase.domain.EnrollmentEvent;
import dev.roster.enrollment.testsupport.Snapshotting;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The events recorded, in order; written in the caller's transaction as the outbox is, so a rolled-back
 * transaction records nothing.
 */
public class RecordedEvents implements EnrollmentEvents, Iterable<EnrollmentEvent>, Snapshotting {

    private List<EnrollmentEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(EnrollmentEvent event) {
        events.add(event);
    }

    @Override
    public synchronized Iterator<EnrollmentEvent> iterator() {
        return List.copyOf(events).iterator();
    }

    @Override
    public synchronized Runnable snapshot() {
        List<EnrollmentEvent> saved = List.copyOf(events);
        return () -> {
            synchronized (this) {
                events = new ArrayList<>(saved);
            }
        };
    }
}
