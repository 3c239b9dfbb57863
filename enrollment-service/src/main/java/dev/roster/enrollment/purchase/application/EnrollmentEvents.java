package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.purchase.domain.EnrollmentEvent;

/**
 * Where enrollment events are recorded for other services (port): in the caller's transaction, so an
 * event exists exactly when the change it tells of committed; the outbox publishes it later.
 */
public interface EnrollmentEvents {

    void record(EnrollmentEvent event);
}
