package dev.roster.enrollment.pricing.adapter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A known-broken way to count a redemption, for showing that the concurrency test can fail: it reads
 * the count, decides in Java, then writes {@code read + 1} in a second statement. Two purchases that
 * read the same count both succeed and write the same number, so the coupon is redeemed more often
 * than its limit and redemptions are lost. Never use outside tests.
 *
 * <p>{@code betweenReadAndWrite} runs between the two statements; a test passes a barrier there so
 * every caller reads before any writes, which makes the race happen every time instead of sometimes.
 */
final class ReadThenWriteRedemptions {

    private final JdbcClient jdbc;
    private final Runnable betweenReadAndWrite;

    ReadThenWriteRedemptions(JdbcClient jdbc, Runnable betweenReadAndWrite) {
        this.jdbc = jdbc;
        this.betweenReadAndWrite = betweenReadAndWrite;
    }

    boolean redeem(String code, Instant now) {
        Optional<Integer> usable = jdbc.sql("""
                        SELECT redemptions FROM coupon
                         WHERE lower(code) = lower(:code)
                           AND valid_from <= :now AND valid_until > :now
                           AND redemptions < max_redemptions""")
                .param("code", code)
                .param("now", Timestamp.from(now))
                .query(Integer.class)
                .optional();
        betweenReadAndWrite.run();
        if (usable.isEmpty()) {
            return false;
        }
        jdbc.sql("UPDATE coupon SET redemptions = :redemptions WHERE lower(code) = lower(:code)")
                .param("redemptions", usable.get() + 1)
                .param("code", code)
                .update();
        return true;
    }
}
