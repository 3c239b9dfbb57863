package dev.roster.smoke;

/** A check that does not apply to this deployment (no OpenAPI published, nothing open to quote). */
final class Skipped extends RuntimeException {

    Skipped(String note) {
        super(note);
    }
}
