package dev.roster.enrollment.pricing.adapter;

import dev.roster.enrollment.platform.UniqueConstraints;
import dev.roster.enrollment.pricing.application.CouponCodeTakenException;
import dev.roster.enrollment.pricing.application.Coupons;
import dev.roster.enrollment.pricing.domain.Coupon;
import dev.roster.enrollment.pricing.domain.CouponId;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCoupons implements Coupons {

    private static final String COLUMNS =
            "id, code, percent_off, valid_from, valid_until, max_redemptions, redemptions";

    /** The unique index on lower(code), from V3__create_coupon.sql. */
    private static final String CODE_UNIQUE = "coupon_code_unique";

    private final JdbcClient jdbc;

    JdbcCoupons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Matches through the same expression as the unique index, so the lookup uses it. */
    @Override
    public Optional<Coupon> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM coupon WHERE lower(code) = lower(:code)")
                .param("code", code)
                .query(JdbcCoupons::toCoupon)
                .optional();
    }

    /** Ordered through the unique index's expression, then the id for two codes equal but for case (none can be). */
    @Override
    public Page<Coupon> all(PageRequest request) {
        List<Coupon> items = jdbc.sql("SELECT " + COLUMNS + " FROM coupon ORDER BY lower(code), id LIMIT :limit OFFSET :offset")
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(JdbcCoupons::toCoupon)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM coupon").query(Long.class).single();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** Inserts and lets the unique index refuse a taken code: no read first, so no race. */
    @Override
    public Coupon add(Coupon coupon) {
        UniqueConstraints.writeUnlessTaken(() -> jdbc.sql("""
                        INSERT INTO coupon (id, code, percent_off, valid_from, valid_until,
                                            max_redemptions, redemptions)
                        VALUES (:id, :code, :percentOff, :validFrom, :validUntil,
                                :maxRedemptions, :redemptions)""")
                .param("id", coupon.id().value())
                .param("code", coupon.code())
                .param("percentOff", coupon.percentOff())
                .param("validFrom", Timestamp.from(coupon.validFrom()))
                .param("validUntil", Timestamp.from(coupon.validUntil()))
                .param("maxRedemptions", coupon.maxRedemptions())
                .param("redemptions", coupon.redemptions())
                .update(), CODE_UNIQUE,
                () -> new CouponCodeTakenException(coupon.code()));
        return coupon;
    }

    /**
     * One statement: the conditional UPDATE is the gate (PostgreSQL re-checks its WHERE on the latest
     * row version after taking the row lock, so concurrent redemptions queue on the row and the last
     * ones find the coupon exhausted), and the order's redemption row is written only when it counted.
     */
    @Override
    public boolean redeem(String code, UUID orderId, Instant now) {
        Timestamp at = Timestamp.from(now);
        int recorded = jdbc.sql("""
                        WITH counted AS (
                            UPDATE coupon SET redemptions = redemptions + 1
                             WHERE lower(code) = lower(:code)
                               AND valid_from <= :now AND valid_until > :now
                               AND redemptions < max_redemptions
                            RETURNING id)
                        INSERT INTO coupon_redemption (order_id, coupon_id, redeemed_at)
                        SELECT :orderId, id, :now FROM counted""")
                .param("code", code)
                .param("orderId", orderId)
                .param("now", at)
                .update();
        return recorded == 1;
    }

    /** Deleting the order's row decides: a second give-back (or a concurrent one) finds nothing to count down. */
    @Override
    public boolean giveBack(UUID orderId) {
        return jdbc.sql("""
                        WITH released AS (DELETE FROM coupon_redemption WHERE order_id = :orderId RETURNING coupon_id)
                        UPDATE coupon SET redemptions = redemptions - 1
                         WHERE id IN (SELECT coupon_id FROM released)""")
                .param("orderId", orderId)
                .update() == 1;
    }

    private static Coupon toCoupon(ResultSet rs, int row) throws SQLException {
        return new Coupon(
                new CouponId(rs.getObject("id", UUID.class)),
                rs.getString("code"),
                rs.getInt("percent_off"),
                rs.getTimestamp("valid_from").toInstant(),
                rs.getTimestamp("valid_until").toInstant(),
                rs.getInt("max_redemptions"),
                rs.getInt("redemptions"));
    }
}
