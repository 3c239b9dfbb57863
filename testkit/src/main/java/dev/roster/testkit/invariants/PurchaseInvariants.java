package dev.roster.testkit.invariants;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * What must hold after any run of purchases, however concurrent, however the provider behaved,
 * checked against the real database and the provider's own records:
 * <ol>
 *   <li>every course's {@code seats_taken} equals its active (pending or confirmed) enrollments;</li>
 *   <li>every confirmed enrollment with something to pay has exactly one succeeded charge;</li>
 *   <li>no succeeded charge lacks a confirmed (or cancelled) enrollment, unless it was refunded.</li>
 * </ol>
 * Load and chaos tests reuse this after their runs; call it once reconciliation has settled what
 * was pending.
 */
public final class PurchaseInvariants {

    private PurchaseInvariants() {
    }

    /** Every broken invariant, in words; empty when all hold. */
    public static List<String> violations(DataSource database, List<ProviderChargeRecord> charges) {
        List<String> violations = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
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
            Map<String, String> statusByEnrollment = new HashMap<>();
            Set<String> confirmedToPay = new HashSet<>();
            try (ResultSet rs = statement.executeQuery("SELECT id::text, status, total_minor FROM enrollment")) {
                while (rs.next()) {
                    statusByEnrollment.put(rs.getString(1), rs.getString(2));
                    if (rs.getString(2).equals("CONFIRMED") && rs.getLong(3) > 0) {
                        confirmedToPay.add(rs.getString(1));
                    }
                }
            }
            Map<String, Integer> succeededByKey = new HashMap<>();
            for (ProviderChargeRecord charge : charges) {
                if (charge.succeeded()) {
                    succeededByKey.merge(charge.idempotencyKey(), 1, Integer::sum);
                    String status = statusByEnrollment.get(charge.idempotencyKey());
                    boolean owned = "CONFIRMED".equals(status) || "CANCELLED".equals(status);
                    if (!owned && !charge.refunded()) {
                        violations.add("succeeded charge %s (key %s) has no confirmed enrollment (status %s) and was not refunded"
                                .formatted(charge.id(), charge.idempotencyKey(), status));
                    }
                }
            }
            for (String enrollment : confirmedToPay) {
                int succeeded = succeededByKey.getOrDefault(enrollment, 0);
                if (succeeded != 1) {
                    violations.add("confirmed enrollment %s has %d succeeded charges".formatted(enrollment, succeeded));
                }
            }
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
}
