-- Discounts that are scarce are held by the order that took them, in the order's own reservation
-- transaction, so concurrent purchases can never take more of them than the rules allow.

-- One row per coupon redemption an order holds. The coupon's counter is the gate (a conditional
-- UPDATE that never passes max_redemptions); this row records which order holds it, so giving a
-- redemption back (order rejected, expired or cancelled) happens exactly once.
CREATE TABLE coupon_redemption (
    order_id    uuid        PRIMARY KEY,
    coupon_id   uuid        NOT NULL REFERENCES coupon (id),
    redeemed_at timestamptz NOT NULL
);
CREATE INDEX coupon_redemption_by_coupon ON coupon_redemption (coupon_id);

-- The first-order credit: at most one order per learner holds it, whatever the concurrency, because
-- the primary key decides. The row goes when that order is rejected, expired or cancelled.
CREATE TABLE first_order_credit (
    learner_id uuid        PRIMARY KEY,
    order_id   uuid        NOT NULL UNIQUE,
    claimed_at timestamptz NOT NULL
);

-- Existing orders keep what they already have: the oldest active order of each learner holds the
-- first order, and every active order with a coupon holds its redemption.
INSERT INTO first_order_credit (learner_id, order_id, claimed_at)
SELECT DISTINCT ON (learner_id) learner_id, id, created_at
  FROM enrollment
 WHERE status IN ('PENDING_PAYMENT', 'CONFIRMED')
 ORDER BY learner_id, created_at, id;

INSERT INTO coupon_redemption (order_id, coupon_id, redeemed_at)
SELECT e.id, c.id, e.created_at
  FROM enrollment e JOIN coupon c ON lower(c.code) = lower(e.coupon_code)
 WHERE e.status IN ('PENDING_PAYMENT', 'CONFIRMED');

-- The counter now counts the redemptions active orders hold. Before this migration a race at the
-- last redemption could over-redeem; such a coupon's maximum is raised to what was really given
-- rather than pretending it was not.
UPDATE coupon c
   SET max_redemptions = GREATEST(c.max_redemptions, held.n),
       redemptions     = held.n
  FROM (SELECT c2.id, count(r.order_id) AS n
          FROM coupon c2 LEFT JOIN coupon_redemption r ON r.coupon_id = c2.id
         GROUP BY c2.id) held
 WHERE held.id = c.id;

-- Reconciliation looks at recently expired, unpaid enrollments for a charge that landed late.
CREATE INDEX enrollment_expired_unpaid ON enrollment (updated_at) WHERE status = 'EXPIRED' AND charge_id IS NULL;
