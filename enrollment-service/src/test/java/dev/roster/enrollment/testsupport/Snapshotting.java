package dev.roster.enrollment.testsupport;

/**
 * An in-memory fake whose state can be put back, so a fake {@code Transactions} can roll back what the
 * work inside it wrote, as the database would.
 */
public interface Snapshotting {

    /** Captures the fake's state now; running the answer puts that state back. */
    Runnable snapshot();
}
