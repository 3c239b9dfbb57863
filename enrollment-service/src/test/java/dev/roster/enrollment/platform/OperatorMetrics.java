package dev.roster.enrollment.platform;

import java.util.List;

/**
 * The series an operator's dashboards and alerts rely on (docs/operations.md), as Prometheus names
 * them. This list is a contract with those dashboards: each series must exist from the moment the
 * service starts, so a rate or an alert has a series before the first event.
 */
final class OperatorMetrics {

    private OperatorMetrics() {
    }

    static final List<String> PURCHASES = List.of(
            "roster_purchases_total{outcome=\"confirmed\"}",
            "roster_purchases_total{outcome=\"declined\"}",
            "roster_purchases_total{outcome=\"pending\"}",
            "roster_purchases_total{outcome=\"course_full\"}",
            "roster_purchases_total{outcome=\"course_not_open\"}",
            "roster_purchases_total{outcome=\"course_not_found\"}",
            "roster_purchases_total{outcome=\"already_enrolled\"}",
            "roster_purchases_total{outcome=\"coupon_invalid\"}",
            "roster_purchases_total{outcome=\"refused_otherwise\"}");

    static final List<String> RECONCILIATIONS = List.of(
            "roster_reconciliations_total{outcome=\"confirmed\"}",
            "roster_reconciliations_total{outcome=\"rejected\"}",
            "roster_reconciliations_total{outcome=\"expired\"}",
            "roster_reconciliations_total{outcome=\"retry_later\"}");

    static final List<String> LOGIN_THROTTLES = List.of(
            "roster_login_throttled_total{by=\"account\"}",
            "roster_login_throttled_total{by=\"address\"}");

    static final List<String> PAYMENT_CALLS = List.of(
            "roster_payment_calls_seconds_count{operation=\"charge\",outcome=\"succeeded\"}",
            "roster_payment_calls_seconds_count{operation=\"charge\",outcome=\"declined\"}",
            "roster_payment_calls_seconds_count{operation=\"charge\",outcome=\"busy\"}",
            "roster_payment_calls_seconds_count{operation=\"charge\",outcome=\"unknown\"}",
            "roster_payment_calls_seconds_count{operation=\"find_charge\",outcome=\"found\"}",
            "roster_payment_calls_seconds_count{operation=\"find_charge\",outcome=\"not_found\"}",
            "roster_payment_calls_seconds_count{operation=\"find_charge\",outcome=\"busy\"}",
            "roster_payment_calls_seconds_count{operation=\"find_charge\",outcome=\"unavailable\"}",
            "roster_payment_calls_seconds_count{operation=\"refund\",outcome=\"refunded\"}",
            "roster_payment_calls_seconds_count{operation=\"refund\",outcome=\"busy\"}",
            "roster_payment_calls_seconds_count{operation=\"refund\",outcome=\"unknown\"}");

    static final List<String> PAYMENT_RETRIES = List.of(
            "roster_payment_retries_total{operation=\"charge\",reason=\"timeout\"}",
            "roster_payment_retries_total{operation=\"charge\",reason=\"connection_refused\"}",
            "roster_payment_retries_total{operation=\"charge\",reason=\"io_error\"}",
            "roster_payment_retries_total{operation=\"charge\",reason=\"server_error\"}",
            "roster_payment_retries_total{operation=\"charge\",reason=\"conflict\"}",
            "roster_payment_retries_total{operation=\"find_charge\",reason=\"timeout\"}",
            "roster_payment_retries_total{operation=\"find_charge\",reason=\"connection_refused\"}",
            "roster_payment_retries_total{operation=\"find_charge\",reason=\"io_error\"}",
            "roster_payment_retries_total{operation=\"find_charge\",reason=\"server_error\"}",
            "roster_payment_retries_total{operation=\"find_charge\",reason=\"conflict\"}",
            "roster_payment_retries_total{operation=\"refund\",reason=\"timeout\"}",
            "roster_payment_retries_total{operation=\"refund\",reason=\"connection_refused\"}",
            "roster_payment_retries_total{operation=\"refund\",reason=\"io_error\"}",
            "roster_payment_retries_total{operation=\"refund\",reason=\"server_error\"}",
            "roster_payment_retries_total{operation=\"refund\",reason=\"conflict\"}");

    static final List<String> OUTBOX = List.of(
            "roster_outbox_backlog",
            "roster_outbox_oldest_age_seconds");

    static List<String> all() {
        return java.util.stream.Stream.of(PURCHASES, RECONCILIATIONS, LOGIN_THROTTLES, PAYMENT_CALLS, PAYMENT_RETRIES,
                OUTBOX).flatMap(List::stream).toList();
    }
}
