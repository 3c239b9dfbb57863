package dev.roster.load.chaos;

/**
 * One request a chaos client sent and what came back, a line of the run's history.
 *
 * @param client     the client (one learner each)
 * @param op         {@code purchase}, {@code replay} (the same purchase sent again after its final answer) or
 *                   {@code cancel}
 * @param key        the purchase's Idempotency-Key (for a cancel, the key of the purchase it cancels)
 * @param attempt    1 for the first sending of this operation, then 2, 3, ... for its retries
 * @param instance   the enrollment-service it went to (0-based)
 * @param token      the payment token of a purchase
 * @param sentAt     epoch milliseconds, comparable with the fault log's
 * @param answeredAt epoch milliseconds when the answer (or the failure) came
 * @param status     the HTTP status, 0 when no answer came (refused, reset, timed out)
 * @param code       the problem's {@code code} of an error answer, else null
 * @param enrollment the enrollment id the answer named (or the cancel was for), else null
 * @param error      what went wrong when no answer came, else null
 */
record Attempt(int client, String op, String key, int attempt, int instance, String token, long sentAt,
               long answeredAt, int status, String code, String enrollment, String error) {

    boolean answered() {
        return status != 0;
    }

    /** An answer the client takes as the operation's outcome (not a reason to try again). */
    boolean isFinal() {
        return answered() && status < 500 && !"request_in_progress".equals(code);
    }
}
