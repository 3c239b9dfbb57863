package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.purchase.domain.EnrollmentEvent;

/** Announces enrollment events (port); the adapter writes them to the outbox in the caller's transaction. */
public interface EnrollmentEvents {

    void publish(EnrollmentEvent event);
}
