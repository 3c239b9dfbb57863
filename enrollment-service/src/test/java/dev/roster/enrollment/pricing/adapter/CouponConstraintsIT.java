package dev.roster.enrollment.pricing.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.db.RealPostgres;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The coupon table (V3) refuses rows the domain forbids: redemptions are counted by SQL that never
 * passes through the Java model, so these constraints are the last line. Raw SQL on purpose.
 */
@Guards(Risk.INVARIANT_NOT_ENFORCED_BY_DATABASE)
class CouponConstraintsIT {

    private static final String CHECK_VIOLATION = "23514";
    private static final String UNIQUE_VIOLATION = "23505";

    private JdbcClient jdbc;

    @BeforeEach
    void emptyDatabase() {
        jdbc = JdbcClient.create(TestDatabase.emptied().dataSource());
    }

    @ParameterizedTest(name = "{0}% off violates coupon_percent_off_range")
    @CsvSource({"0", "101", "-1"})
    void refusesAPercentageOutsideOneToAHundred(int percentOff) {
        assertThatThrownBy(() -> insert("SPRING10", percentOff, "2027-01-01", "2027-04-01", 5, 0))
                .satisfies(e -> assertViolation(e, CHECK_VIOLATION, "coupon_percent_off_range"));
    }

    @ParameterizedTest(name = "{0} redemptions of at most {1} violates {2}")
    @CsvSource({
            "6,  5, coupon_redemptions_within_max",
            "-1, 5, coupon_redemptions_within_max",
            "0,  0, coupon_max_redemptions_positive",
    })
    void refusesImpossibleRedemptionCounts(int redemptions, int maxRedemptions, String constraint) {
        assertThatThrownBy(() -> insert("SPRING10", 10, "2027-01-01", "2027-04-01", maxRedemptions, redemptions))
                .satisfies(e -> assertViolation(e, CHECK_VIOLATION, constraint));
    }

    @Test
    void refusesAnUpdateThatRedeemsPastTheLimit() {
        insert("SPRING10", 10, "2027-01-01", "2027-04-01", 1, 1);

        assertThatThrownBy(() -> jdbc.sql("UPDATE coupon SET redemptions = redemptions + 1").update())
                .satisfies(e -> assertViolation(e, CHECK_VIOLATION, "coupon_redemptions_within_max"));
    }

    @ParameterizedTest(name = "valid from {0} until {1} violates coupon_valid_window")
    @CsvSource({"2027-04-01, 2027-04-01", "2027-04-01, 2027-01-01"})
    void refusesAWindowThatEndsWhenOrBeforeItStarts(String validFrom, String validUntil) {
        assertThatThrownBy(() -> insert("SPRING10", 10, validFrom, validUntil, 5, 0))
                .satisfies(e -> assertViolation(e, CHECK_VIOLATION, "coupon_valid_window"));
    }

    @ParameterizedTest(name = "valid from {0} until {1} with at most {2} redemptions violates {3}")
    @Guards(Risk.BAD_INPUT_ANSWERS_5XX)
    @CsvSource({
            "2027-01-01, 2027-04-01, 1000001, coupon_max_redemptions_bounded",
            "1999-12-31 23:59:59.999999+00, 2027-04-01, 5, coupon_validity_bounded",
            "2027-01-01, 10000-01-01 00:00:00+00, 5, coupon_validity_bounded",
    })
    void refusesRedemptionsAndValidityBeyondTheAcceptedBounds(String validFrom, String validUntil, int maxRedemptions,
                                                               String constraint) {
        assertThatThrownBy(() -> insert("SPRING10", 10, validFrom, validUntil, maxRedemptions, 0))
                .satisfies(e -> assertViolation(e, CHECK_VIOLATION, constraint));
    }

    @Test
    void refusesASecondCouponWhoseCodeDiffersOnlyInCase() {
        insert("SPRING10", 10, "2027-01-01", "2027-04-01", 5, 0);

        assertThatThrownBy(() -> insert("Spring10", 20, "2027-01-01", "2027-04-01", 5, 0))
                .satisfies(e -> assertViolation(e, UNIQUE_VIOLATION, "coupon_code_unique"));
    }

    @Test
    void acceptsTheEdges() {
        insert("ONE", 1, "2027-01-01", "2027-01-02", 1, 1);
        insert("ALL", 100, "2027-01-01", "2027-01-02", 1, 0);
        insert("WIDEST", 50, "2000-01-01 00:00:00+00", "9999-12-31 23:59:59.999999+00", 1_000_000, 0);

        assertThat(jdbc.sql("SELECT count(*) FROM coupon").query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    @Guards(Risk.MIGRATION_BREAKS_DATA)
    void comeFromTheMigrationsOnAnEmptyDatabase() {
        RealPostgres.Database empty = RealPostgres.shared().createDatabase("roster_coupon_migration");
        empty.migrate(TestDatabase.MIGRATIONS);
        JdbcClient fresh = JdbcClient.create(empty.dataSource());

        assertThat(fresh.sql("SELECT conname FROM pg_constraint WHERE conrelid = 'coupon'::regclass")
                .query(String.class).list())
                .contains("coupon_percent_off_range", "coupon_valid_window", "coupon_max_redemptions_positive",
                        "coupon_redemptions_within_max");
        assertThat(fresh.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'coupon_code_unique'")
                .query(String.class).single())
                .contains("UNIQUE").contains("lower((code)::text)");
    }

    private void insert(String code, int percentOff, String validFrom, String validUntil, int maxRedemptions,
            int redemptions) {
        jdbc.sql("""
                        INSERT INTO coupon (id, code, percent_off, valid_from, valid_until, max_redemptions, redemptions)
                        VALUES (:id, :code, :percentOff, CAST(:validFrom AS timestamptz), CAST(:validUntil AS timestamptz),
                                :maxRedemptions, :redemptions)""")
                .param("id", UUID.randomUUID())
                .param("code", code)
                .param("percentOff", percentOff)
                .param("validFrom", validFrom)
                .param("validUntil", validUntil)
                .param("maxRedemptions", maxRedemptions)
                .param("redemptions", redemptions)
                .update();
    }

    private static void assertViolation(Throwable thrown, String sqlState, String constraint) {
        Throwable cause = thrown;
        while (cause != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("an SQLException underneath %s", thrown).isNotNull();
        assertThat(((SQLException) cause).getSQLState()).isEqualTo(sqlState);
        assertThat(cause.getMessage()).contains(constraint);
    }
}
