package dev.roster.load;

import dev.roster.testkit.invariants.PurchaseInvariants;
import dev.roster.testkit.invariants.SandboxCharges;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * After a load run: the purchase invariants against the service's database and the sandbox's
 * charges, plus a count of enrollments by status. Exits 1 when an invariant is broken.
 *
 * <p>Arguments: JDBC URL of the service's database, the sandbox's base URL, its API key.
 */
public final class CheckInvariants {

    public static void main(String[] args) throws SQLException {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(args[0]);
        var charges = SandboxCharges.fetch(URI.create(args[1]), args[2]);
        try (Connection c = database.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT status, count(*) FROM enrollment GROUP BY status ORDER BY status")) {
            while (rs.next()) {
                System.out.printf("enrollments %s: %d%n", rs.getString(1), rs.getLong(2));
            }
        }
        System.out.printf("charges at the sandbox: %d%n", charges.size());
        List<String> violations = PurchaseInvariants.violations(database, charges);
        if (violations.isEmpty()) {
            System.out.println("invariants: all hold");
        } else {
            violations.forEach(v -> System.out.println("invariant broken: " + v));
            System.exit(1);
        }
    }
}
