package dev.roster.enrollment.catalog.application;

import dev.roster.enrollment.catalog.domain.CourseStatus;

/**
 * What an administrator changes of a course in one request (command): each field left {@code null}
 * stays as it is; the price is given whole, amount and currency, or not at all.
 */
public record CourseChange(String title, Price price, Integer capacity, CourseStatus status) {

    /** A new list price, in the currency's minor units; checked by {@link CourseAdministration#reprice}. */
    public record Price(long amountMinor, String currency) {
    }
}
