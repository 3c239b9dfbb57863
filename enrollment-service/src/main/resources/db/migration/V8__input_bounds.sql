-- The input bounds (docs/decisions.md, "Input bounds") as the database's backstop: the commands
-- refuse these values with 400 before any SQL runs; these constraints make sure no other path
-- (a script, a future endpoint) stores a price that overflows later quotes or an instant outside
-- the range every client-facing date lives in.
ALTER TABLE course
    -- 1,000,000 major units of a currency with three minor digits, the widest the API accepts
    ADD CONSTRAINT course_price_bounded CHECK (price_minor <= 1000000000),
    ADD CONSTRAINT course_starts_at_bounded
        CHECK (starts_at BETWEEN '2000-01-01 00:00:00+00' AND '9999-12-31 23:59:59.999999+00');

ALTER TABLE coupon
    ADD CONSTRAINT coupon_max_redemptions_bounded CHECK (max_redemptions <= 1000000),
    ADD CONSTRAINT coupon_validity_bounded
        CHECK (valid_from >= '2000-01-01 00:00:00+00' AND valid_until <= '9999-12-31 23:59:59.999999+00');
