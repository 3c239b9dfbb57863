/**
 * Reporting: the administrator's sales and fill report, computed in SQL on the live database.
 *
 * <p>Read-only by design. Unlike every other feature it READS the tables of others (course,
 * enrollment, coupon_redemption) directly, because a report is an aggregate over all of them and one
 * statement gives one consistent snapshot; going through each feature's API would mean loading every
 * enrollment into memory. It NEVER writes: it owns no table and changes none, so it cannot break a
 * rule another feature keeps. A change to those tables' meaning must be reflected in
 * {@code JdbcSalesFigures}, and SalesReportIT, over hand-made rows with known totals, fails when it is not.
 */
package dev.roster.enrollment.reporting;
