package dev.roster.enrollment.payment.adapter;

import java.util.List;

/**
 * What a call asks of the provider; its tag names it in metrics and logs, and {@code outcomes} are every
 * outcome tag its calls end with ({@link HttpPaymentGateway}), registered at start.
 */
enum ProviderOperation {
    CHARGE("charge", List.of("succeeded", "declined", "busy", "unknown")),
    FIND_CHARGE("find_charge", List.of("found", "not_found", "busy", "unavailable")),
    REFUND("refund", List.of("refunded", "busy", "unknown"));

    final String tag;
    final List<String> outcomes;

    ProviderOperation(String tag, List<String> outcomes) {
        this.tag = tag;
        this.outcomes = outcomes;
    }
}
