package dev.roster.smoke;

/** A check that did not hold; the message says what was seen, in words an operator can act on. */
final class StepFailed extends RuntimeException {

    StepFailed(String message) {
        super(message);
    }
}
