-- Discount codes. Independent of V2 (identity): it only adds the coupon table.
-- The CHECK constraints repeat the domain's rules because redemptions are counted by a conditional
-- UPDATE in SQL, which never passes through the Java model.
CREATE TABLE coupon (
    id              uuid         PRIMARY KEY,
    code            varchar(64)  NOT NULL,
    percent_off     integer      NOT NULL,
    valid_from      timestamptz  NOT NULL,
    valid_until     timestamptz  NOT NULL,
    max_redemptions integer      NOT NULL,
    redemptions     integer      NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT coupon_percent_off_range CHECK (percent_off BETWEEN 1 AND 100),
    CONSTRAINT coupon_valid_window CHECK (valid_until > valid_from),
    CONSTRAINT coupon_max_redemptions_positive CHECK (max_redemptions >= 1),
    CONSTRAINT coupon_redemptions_within_max CHECK (redemptions >= 0 AND redemptions <= max_redemptions)
);

-- Codes are unique whatever their letter case, and looked up by lower(code): one index does both.
CREATE UNIQUE INDEX coupon_code_unique ON coupon (lower(code));
