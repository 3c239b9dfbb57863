package dev.roster.paymentsandbox.charges.adapter;

import java.util.List;

/** Stripe's list envelope, {@code {"object": "list", "data": [...]}}, without paging: the sandbox lists everything. */
record ListResponse<T>(String object, List<T> data) {

    static <T> ListResponse<T> of(List<T> data) {
        return new ListResponse<>("list", data);
    }
}
