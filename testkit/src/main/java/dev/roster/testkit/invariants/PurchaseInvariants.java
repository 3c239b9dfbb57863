package dev.roster.testkit.invariants;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What must hold after any run of purchases, however concurrent, however the provider behaved,
 * checked against the real database and the provider's own records:
 * <ol>
 *   <li>every course's {@code seats_taken} equals its active (pending or confirmed) enrollments;</li>
 *   <li>every confirmed enrollment with something to pay has exactly one succeeded charge;</li>
 *   <li>every succeeded charge that was not refunded belongs to a confirmed enrollment;</li>
 *   <li>every charge equals its enrollment's total and currency;</li>
 *   <li>every cancelled, rejected or expired enrollment holding a charge has its refund done or pending;</li>
 *   <li>every coupon's redemption count equals the active enrollments using it;</li>
 *   <li>no learner has more than one active enrollment with the first-order credit.</li>
 * </ol>
 * Load and chaos tests reuse this after their runs; call it once reconciliation has settled what
 * was pending. {@code PurchaseInvariantsIT} shows each invariant firing on a hand-made broken state.
 */
public final class PurchaseInvariants {

    private PurchaseInvariants() {
    }

    /** An enrollment as the invariants need it. */
    private record Stored(String status, long totalMinor, String currency) {
    }

    /** Every broken invariant, in words; empty when all hold. */
    public static List<String> violations(DataSource database, List<ProviderChargeRecord> charges) {
        List<String> violations = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            seats(statement, violations);
            Map<String, Stored> enrollments = new HashMap<>();
            try (ResultSet rs = statement.executeQuery("SELECT id::text, status, total_minor, currency FROM enrollment")) {
                while (rs.next()) {
                    enrollments.put(rs.getString(1), new Stored(rs.getString(2), rs.getLong(3), rs.getString(4)));
                }
            }
            charges(enrollments, charges, violations);
            refunds(statement, violations);
            coupons(statement, violations);
            firstOrderCredit(statement, violations);
        } catch (SQLException e) {
            throw new IllegalStateException("could not check the purchase invariants: " + e.getMessage(), e);
        }
        return violations;
    }

    /** Fails with every violation listed when any invariant is broken. */
    public static void assertHold(DataSource database, List<ProviderChargeRecord> charges) {
        List<String> violations = violations(database, charges);
        if (!violations.isEmpty()) {
            throw new AssertionError("purchase invariants broken:\n  " + String.join("\n  ", violations));
        }
    }

    private static void seats(Statement statement, List<String> violations) throws SQLException {
        try (ResultSet rs = statement.executeQuery("""
                SELECT c.code, c.seats_taken,
                       count(e.id) FILTER (WHERE e.status IN ('PENDING_PAYMENT', 'CONFIRMED')) AS active
                  FROM course c LEFT JOIN enrollment e ON e.course_id = c.id
                 GROUP BY c.id, c.code, c.seats_taken
                HAVING c.seats_taken <> count(e.id) FILTER (WHERE e.status IN ('PENDING_PAYMENT', 'CONFIRMED'))""")) {
            while (rs.next()) {
                violations.add("course %s has seats_taken %d but %d active enrollments"
                        .formatted(rs.getString(1), rs.getInt(2), rs.getInt(3)));
            }
        }
    }

    private static void charges(Map<String, Stored> enrollments, List<ProviderChargeRecord> charges,
                                List<String> violations) {
        Map<String, Integer> succeededByKey = new HashMap<>();
        for (ProviderChargeRecord charge : charges) {
            Stored enrollment = enrollments.get(charge.idempotencyKey());
            if (enrollment != null && (enrollment.totalMinor() != charge.amountMinor()
                    || !enrollment.currency().equals(charge.currency()))) {
                violations.add("charge %s is %d %s but its enrollment %s costs %d %s".formatted(charge.id(),
                        charge.amountMinor(), charge.currency(), charge.idempotencyKey(), enrollment.totalMinor(),
                        enrollment.currency()));
            }
            if (!charge.succeeded()) {
                continue;
            }
            succeededByKey.merge(charge.idempotencyKey(), 1, Integer::sum);
            String status = enrollment == null ? null : enrollment.status();
            if (!"CONFIRMED".equals(status) && !charge.refunded()) {
                violations.add("succeeded charge %s (key %s) has no confirmed enrollment (status %s) and was not refunded"
                        .formatted(charge.id(), charge.idempotencyKey(), status));
            }
        }
        enrollments.forEach((id, enrollment) -> {
            int succeeded = succeededByKey.getOrDefault(id, 0);
            if (enrollment.status().equals("CONFIRMED") && enrollment.totalMinor() > 0 && succeeded != 1) {
                violations.add("confirmed enrollment %s has %d succeeded charges".formatted(id, succeeded));
            }
        });
    }

    private static void refunds(Statement statement, List<String> violations) throws SQLException {
        try (ResultSet rs = statement.executeQuery("""
                SELECT id::text, status FROM enrollment
                 WHERE status IN ('CANCELLED', 'REJECTED', 'EXPIRED') AND charge_id IS NOT NULL
                   AND refund_status = 'NONE'""")) {
            while (rs.next()) {
                violations.add("%s enrollment %s holds a charge with no refund done or pending"
                        .formatted(rs.getString(2).toLowerCase(java.util.Locale.ROOT), rs.getString(1)));
            }
        }
    }

    private static void coupons(Statement statement, List<String> violations) throws SQLException {
        try (ResultSet rs = statement.executeQuery("""
                SELECT c.code, c.redemptions, count(e.id) AS active
                  FROM coupon c LEFT JOIN enrollment e ON lower(e.coupon_code) = lower(c.code)
                                                     AND e.status IN ('PENDING_PAYMENT', 'CONFIRMED')
                 GROUP BY c.id, c.code, c.redemptions
                HAVING c.redemptions <> count(e.id)""")) {
            while (rs.next()) {
                violations.add("coupon %s counts %d redemptions but %d active enrollments use it"
                        .formatted(rs.getString(1), rs.getInt(2), rs.getInt(3)));
            }
        }
    }

    private static void firstOrderCredit(Statement statement, List<String> violations) throws SQLException {
        try (ResultSet rs = statement.executeQuery("""
                SELECT learner_id::text, count(*) FROM enrollment
                 WHERE status IN ('PENDING_PAYMENT', 'CONFIRMED')
                   AND price_lines @> '[{"rule": "first_order_credit"}]'
                 GROUP BY learner_id HAVING count(*) > 1""")) {
            while (rs.next()) {
                violations.add("learner %s has the first-order credit on %d active enrollments"
                        .formatted(rs.getString(1), rs.getInt(2)));
            }
        }
    }
}
