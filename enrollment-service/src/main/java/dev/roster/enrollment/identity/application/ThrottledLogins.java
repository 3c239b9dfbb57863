package dev.roster.enrollment.identity.application;

import dev.roster.enrollment.identity.domain.ThrottleDecision;

/**
 * Where the log-ins the throttle refused are reported, for operators (port): a rise by account is
 * someone guessing one password, by address one client guessing many. The adapter counts them.
 */
@FunctionalInterface
public interface ThrottledLogins {

    /** One log-in attempt refused without checking its password. */
    void throttled(ThrottleDecision.Limit by);
}
