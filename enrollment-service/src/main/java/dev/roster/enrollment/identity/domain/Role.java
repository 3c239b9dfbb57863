package dev.roster.enrollment.identity.domain;

/** What an account may do: learners buy seats; administrators also run the catalog. */
public enum Role {
    LEARNER, ADMIN
}
