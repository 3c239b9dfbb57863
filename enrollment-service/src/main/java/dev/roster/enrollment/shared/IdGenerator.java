package dev.roster.enrollment.shared;

import java.util.UUID;

/** Makes identifiers; injected so that tests can choose them. */
@FunctionalInterface
public interface IdGenerator {
    UUID next();
}
