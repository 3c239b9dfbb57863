package dev.roster.enrollment.payment.adapter;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import org.springframework.web.client.ResourceAccessException;

/**
 * Why one attempt at the provider failed: whether to try again (the retry policy's predicate), a short
 * secret-free reason for logs and {@code Unknown} outcomes, and a low-cardinality tag for the retry counter.
 */
final class FailedAttempts {

    private FailedAttempts() {
    }

    /** A 5xx or 409 answer (thrown as {@link RetryableAnswer}) or an I/O failure: timeouts, refused, reset. */
    static boolean isRetryable(Throwable failure) {
        return failure instanceof RetryableAnswer || failure instanceof ResourceAccessException;
    }

    /** A short, secret-free reason for a failed attempt. */
    static String describe(Throwable failure) {
        if (failure instanceof RetryableAnswer answer) {
            return answer.description;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException) {
                return "connect timeout";
            }
            if (cause instanceof HttpTimeoutException) {
                return "read timeout";
            }
            if (cause instanceof ConnectException) {
                return "connection refused";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "I/O error: " + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }

    /** Every tag {@link #reasonTag} gives: the retry counter registers each at start. */
    static final List<String> REASON_TAGS = List.of("conflict", "server_error", "timeout", "connection_refused", "io_error");

    /** A low-cardinality tag for the retry counter, one of {@link #REASON_TAGS}. */
    static String reasonTag(Throwable failure) {
        if (failure instanceof RetryableAnswer answer) {
            return answer.answer.status() == 409 ? "conflict" : "server_error";
        }
        return switch (describe(failure)) {
            case "connect timeout", "read timeout" -> "timeout";
            case "connection refused" -> "connection_refused";
            default -> "io_error";
        };
    }

    /** A retryable HTTP answer, thrown so that the retries try again; the last one ends in the reason. */
    static final class RetryableAnswer extends RuntimeException {

        private final transient HttpAnswer answer;

        private final String description;

        RetryableAnswer(HttpAnswer answer, String description) {
            super(description, null, false, false);
            this.answer = answer;
            this.description = description;
        }
    }
}
