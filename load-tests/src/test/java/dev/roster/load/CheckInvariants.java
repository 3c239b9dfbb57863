package dev.roster.load;

import dev.roster.testkit.invariants.PurchaseInvariants;
import dev.roster.testkit.invariants.SandboxCharges;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * After a load run: the purchase invariants against the service's database and the sandbox's
 * charges, a count of enrollments by status, and (given notification-service's database) exactly one
 * email per confirmation and the commit-to-email latency ({@link EmailDelivery}). Exits 1 when an
 * invariant is broken or an email is missing or doubled.
 *
 * <p>Arguments: JDBC URL of enrollment-service's database, the sandbox's base URL, its API key, and
 * optionally the JDBC URL of notification-service's database and, comma-separated, the captured-mail
 * addresses of every notification-service instance ({@code http://127.0.0.1:18081/captured-mail,...}).
 */
public final class CheckInvariants {

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource enrollments = dataSource(args[0]);
        var charges = SandboxCharges.fetch(URI.create(args[1]), args[2]);
        try (Connection c = enrollments.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT status, count(*) FROM enrollment GROUP BY status ORDER BY status")) {
            while (rs.next()) {
                System.out.printf("enrollments %s: %d%n", rs.getString(1), rs.getLong(2));
            }
        }
        System.out.printf("charges at the sandbox: %d%n", charges.size());
        List<String> violations = new ArrayList<>(PurchaseInvariants.violations(enrollments, charges));
        if (args.length >= 4) {
            List<URI> capturedMail = args.length < 5 ? List.of()
                    : Arrays.stream(args[4].split(",")).filter(url -> !url.isBlank()).map(URI::create).toList();
            violations.addAll(EmailDelivery.check(enrollments, dataSource(args[3]), capturedMail));
        }
        violations.forEach(v -> System.out.println("invariant broken: " + v));
        if (violations.isEmpty()) {
            System.out.println("invariants: all hold");
        }
        System.exit(violations.isEmpty() ? 0 : 1);
    }

    private static PGSimpleDataSource dataSource(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        return dataSource;
    }
}
