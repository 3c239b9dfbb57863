package dev.roster.enrollment.reporting.adapter;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hand-made rows for report tests, written with SQL straight into the tables the report reads, so a
 * test states exactly the enrollments (status, total, discount lines, refund, coupon redemption) whose
 * totals it then asserts. Ids are sequential and readable; nothing is shared between tests.
 */
final class ReportRows {

    private final JdbcClient jdbc;
    private int next;

    ReportRows(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    UUID course(String code, String title, int capacity, int seatsTaken, String status, String currency,
                String startsAt) {
        UUID id = nextId();
        jdbc.sql("""
                        INSERT INTO course (id, code, title, price_minor, currency, capacity, seats_taken, status, starts_at)
                        VALUES (:id, :code, :title, 10000, :currency, :capacity, :seatsTaken, :status, :startsAt)""")
                .param("id", id).param("code", code).param("title", title).param("currency", currency)
                .param("capacity", capacity).param("seatsTaken", seatsTaken).param("status", status)
                .param("startsAt", OffsetDateTime.parse(startsAt))
                .update();
        return id;
    }

    List<UUID> learners(int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            UUID id = nextId();
            jdbc.sql("""
                            INSERT INTO learner (id, email, name, password_hash, created_at)
                            VALUES (:id, :email, 'Learner', 'not-a-hash', '2025-01-01T00:00:00Z')""")
                    .param("id", id).param("email", "learner-" + id + "@example.com").update();
            return id;
        }).toList();
    }

    UUID coupon(String code) {
        UUID id = nextId();
        jdbc.sql("""
                        INSERT INTO coupon (id, code, percent_off, valid_from, valid_until, max_redemptions)
                        VALUES (:id, :code, 10, '2025-01-01T00:00:00Z', '2028-01-01T00:00:00Z', 100)""")
                .param("id", id).param("code", code).update();
        return id;
    }

    /** An enrollment placed at {@code createdAt}, with its total and discount lines ({@code price_lines} JSON). */
    UUID enrollment(UUID learner, UUID course, String status, long totalMinor, String currency, String lines,
                    String createdAt) {
        UUID id = nextId();
        jdbc.sql("""
                        INSERT INTO enrollment (id, learner_id, course_id, status, list_price_minor, discount_minor,
                                                total_minor, currency, price_lines, created_at, hold_expires_at)
                        VALUES (:id, :learner, :course, :status, :total, 0, :total, :currency, CAST(:lines AS jsonb),
                                :createdAt, :createdAt)""")
                .param("id", id).param("learner", learner).param("course", course).param("status", status)
                .param("total", totalMinor).param("currency", currency).param("lines", lines)
                .param("createdAt", OffsetDateTime.parse(createdAt))
                .update();
        return id;
    }

    void redemption(UUID enrollment, UUID coupon) {
        jdbc.sql("""
                        INSERT INTO coupon_redemption (order_id, coupon_id, redeemed_at)
                        VALUES (:order, :coupon, '2026-01-01T00:00:00Z')""")
                .param("order", enrollment).param("coupon", coupon).update();
        jdbc.sql("UPDATE coupon SET redemptions = redemptions + 1 WHERE id = :coupon").param("coupon", coupon).update();
    }

    void refunded(UUID enrollment) {
        jdbc.sql("""
                        UPDATE enrollment SET charge_id = 'ch_' || left(id::text, 8), refund_status = 'REFUNDED',
                                              refund_id = 're_' || left(id::text, 8)
                         WHERE id = :id""")
                .param("id", enrollment).update();
    }

    /** Cancelled, its refund asked for but not yet confirmed by the provider. */
    void refundPending(UUID enrollment) {
        jdbc.sql("UPDATE enrollment SET charge_id = 'ch_' || left(id::text, 8), refund_status = 'PENDING' WHERE id = :id")
                .param("id", enrollment).update();
    }

    private UUID nextId() {
        return new UUID(0x0126_0000_0000_7000L, ++next | 0x8000_0000_0000_0000L);
    }
}
