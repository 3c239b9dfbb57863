package dev.roster.enrollment.purchase.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.invariants.ProviderChargeRecord;
import dev.roster.testkit.invariants.PurchaseInvariants;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The testkit's {@link PurchaseInvariants} on this service's schema: a hand-made healthy state
 * passes, and each invariant fires on a state broken in exactly its way, so a green load or
 * concurrency run means the invariants were checked, not merely called.
 */
@Guards({Risk.CHARGED_AMOUNT_WRONG, Risk.CHARGE_AFTER_HOLD_EXPIRED, Risk.COUPON_OVER_REDEEMED,
        Risk.FIRST_ORDER_CREDIT_GRANTED_TWICE, Risk.OVERSELL, Risk.REFUND_LOST_OR_DOUBLED})
class PurchaseInvariantsIT {

    private static final UUID COURSE = new UUID(0xc0, 1);
    private static final UUID OTHER_COURSE = new UUID(0xc0, 2);
    private static final UUID ADA = new UUID(0xada, 1);
    private static final UUID PAID = new UUID(0xe0, 1);
    private static final String CREDIT_AND_COUPON =
            "[{\"rule\": \"coupon\", \"amountMinor\": 1000}, {\"rule\": \"first_order_credit\", \"amountMinor\": 500}]";

    private DataSource dataSource;
    private JdbcClient jdbc;
    private List<ProviderChargeRecord> charges;

    /** One course with one confirmed enrollment, paid with a coupon and the first-order credit. */
    @BeforeEach
    void aHealthyState() {
        dataSource = TestDatabase.emptied().dataSource();
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                INSERT INTO course (id, code, title, price_minor, currency, capacity, seats_taken, status, starts_at)
                VALUES (:id, 'JAVA-1', 'Java', 10000, 'EUR', 5, 1, 'OPEN', now())""").param("id", COURSE).update();
        jdbc.sql("""
                INSERT INTO learner (id, email, name, password_hash, created_at)
                VALUES (:id, 'ada@example.com', 'Ada', 'not-a-hash', now())""").param("id", ADA).update();
        jdbc.sql("""
                INSERT INTO coupon (id, code, percent_off, valid_from, valid_until, max_redemptions, redemptions)
                VALUES (:id, 'SPRING10', 10, now() - interval '1 day', now() + interval '1 day', 5, 1)""")
                .param("id", new UUID(0xc9, 1)).update();
        enrollment(PAID, "CONFIRMED", 8500, "SPRING10", CREDIT_AND_COUPON, "ch_1", "NONE");
        charges = new ArrayList<>(List.of(charge("ch_1", PAID, true, false, 8500, "EUR")));
    }

    @Test
    void passAHealthyState() {
        assertThat(PurchaseInvariants.violations(dataSource, charges)).isEmpty();
    }

    static Stream<Arguments> brokenStates() {
        return Stream.of(
                broken("a seat counted twice", "seats_taken 2 but 1 active",
                        (it, charges) -> it.sql("UPDATE course SET seats_taken = 2").update()),
                broken("a confirmed enrollment nobody paid for", "has 0 succeeded charges",
                        (it, charges) -> charges.clear()),
                broken("a confirmed enrollment charged twice", "has 2 succeeded charges",
                        (it, charges) -> charges.add(charge("ch_2", PAID, true, false, 8500, "EUR"))),
                broken("a charge other than the total", "is 9000 EUR but its enrollment",
                        (it, charges) -> charges.set(0, charge("ch_1", PAID, true, false, 9000, "EUR"))),
                broken("a charge in another currency", "is 8500 USD but its enrollment",
                        (it, charges) -> charges.set(0, charge("ch_1", PAID, true, false, 8500, "USD"))),
                broken("a late charge kept after the hold expired", "has no confirmed enrollment (status EXPIRED)",
                        (it, charges) -> {
                            UUID expired = new UUID(0xe0, 2);
                            enrollment(it, expired, COURSE, "EXPIRED", 8500, null, "[]", null, "NONE", 0);
                            charges.add(charge("ch_late", expired, true, false, 8500, "EUR"));
                        }),
                broken("a cancelled enrollment whose charge was kept", "has no confirmed enrollment (status CANCELLED)",
                        (it, charges) -> {
                            it.sql("UPDATE enrollment SET status = 'CANCELLED', refund_status = 'REFUNDED'").update();
                            it.sql("UPDATE course SET seats_taken = 0").update();
                            it.sql("UPDATE coupon SET redemptions = 0").update();
                        }),
                broken("a cancelled enrollment with no refund asked for", "holds a charge with no refund done or pending",
                        (it, charges) -> {
                            it.sql("UPDATE enrollment SET status = 'CANCELLED'").update();
                            it.sql("UPDATE course SET seats_taken = 0").update();
                            it.sql("UPDATE coupon SET redemptions = 0").update();
                            charges.set(0, charge("ch_1", PAID, true, true, 8500, "EUR"));
                        }),
                broken("a coupon counted for no order", "coupon SPRING10 counts 2 redemptions but 1",
                        (it, charges) -> it.sql("UPDATE coupon SET redemptions = 2").update()),
                broken("the first-order credit on two active orders", "first-order credit on 2 active enrollments",
                        (it, charges) -> {
                            UUID second = new UUID(0xe0, 3);
                            it.sql("""
                                    INSERT INTO course (id, code, title, price_minor, currency, capacity, status, starts_at)
                                    VALUES (:id, 'JAVA-2', 'More Java', 10000, 'EUR', 5, 'OPEN', now())""")
                                    .param("id", OTHER_COURSE).update();
                            enrollment(it, second, OTHER_COURSE, "PENDING_PAYMENT", 9500, null,
                                    "[{\"rule\": \"first_order_credit\", \"amountMinor\": 500}]", null, "NONE", 1);
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenStates")
    void fireOnAStateBrokenInTheirWay(String state, String expected,
                                      BiConsumer<JdbcClient, List<ProviderChargeRecord>> breakIt) {
        breakIt.accept(jdbc, charges);

        assertThat(PurchaseInvariants.violations(dataSource, charges))
                .anySatisfy(violation -> assertThat(violation).contains(expected));
        assertThatThrownBy(() -> PurchaseInvariants.assertHold(dataSource, charges))
                .isInstanceOf(AssertionError.class).hasMessageContaining(expected);
    }

    private static Arguments broken(String state, String expected,
                                    BiConsumer<JdbcClient, List<ProviderChargeRecord>> breakIt) {
        return Arguments.of(state, expected, breakIt);
    }

    private void enrollment(UUID id, String status, long total, String coupon, String lines, String chargeId,
                            String refund) {
        enrollment(jdbc, id, COURSE, status, total, coupon, lines, chargeId, refund, 0);
    }

    /** An enrollment row; {@code seatsTaken} more seats are counted on the course for it. */
    private static void enrollment(JdbcClient jdbc, UUID id, UUID course, String status, long total, String coupon, String lines,
                                   String chargeId, String refund, int seatsTaken) {
        jdbc.sql("""
                        INSERT INTO enrollment (id, learner_id, course_id, status, created_at, list_price_minor,
                                                discount_minor, total_minor, currency, price_lines, coupon_code,
                                                charge_id, refund_status)
                        VALUES (:id, :learner, :course, :status, now() + make_interval(secs => :n), 10000,
                                10000 - :total, :total, 'EUR', CAST(:lines AS jsonb), :coupon, :charge, :refund)""")
                .param("id", id).param("learner", ADA).param("course", course).param("status", status)
                .param("n", (int) id.getLeastSignificantBits()).param("total", total).param("lines", lines)
                .param("coupon", coupon).param("charge", chargeId).param("refund", refund).update();
        jdbc.sql("UPDATE course SET seats_taken = seats_taken + :n WHERE id = :id").param("n", seatsTaken)
                .param("id", course).update();
    }

    private static ProviderChargeRecord charge(String id, UUID enrollment, boolean succeeded, boolean refunded,
                                               long amount, String currency) {
        return new ProviderChargeRecord(id, enrollment.toString(), succeeded, refunded, amount, currency);
    }
}
