-- The purchase: what an enrollment cost, its hold, its charge and its refund.
ALTER TABLE enrollment
    ADD COLUMN list_price_minor      bigint      NOT NULL DEFAULT 0,
    ADD COLUMN discount_minor        bigint      NOT NULL DEFAULT 0,
    ADD COLUMN total_minor           bigint      NOT NULL DEFAULT 0,
    ADD COLUMN currency              char(3)     NOT NULL DEFAULT 'EUR',
    ADD COLUMN price_lines           jsonb       NOT NULL DEFAULT '[]',
    ADD COLUMN coupon_code           varchar(64),
    ADD COLUMN hold_expires_at       timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN charge_id             varchar(64),
    ADD COLUMN confirmed_at          timestamptz,
    ADD COLUMN reason                varchar(64),
    ADD COLUMN updated_at            timestamptz NOT NULL DEFAULT now(),
    -- set while one instance's reconciliation works on the row, so others skip it
    ADD COLUMN reconcile_lease_until timestamptz,
    ADD COLUMN refund_status         varchar(16) NOT NULL DEFAULT 'NONE',
    ADD COLUMN refund_id             varchar(64),
    ADD CONSTRAINT enrollment_amounts_not_negative
        CHECK (list_price_minor >= 0 AND discount_minor >= 0 AND total_minor >= 0),
    ADD CONSTRAINT enrollment_refund_status_known CHECK (refund_status IN ('NONE', 'PENDING', 'REFUNDED'));

CREATE INDEX enrollment_pending ON enrollment (created_at) WHERE status = 'PENDING_PAYMENT';
CREATE INDEX enrollment_refund_pending ON enrollment (updated_at) WHERE refund_status = 'PENDING';

-- Idempotency keys of purchase requests, per learner, kept 24 hours. The row is claimed before the
-- work starts (IN_PROGRESS), tied to the enrollment in the reservation's transaction, and holds
-- the answer once there is one, so a retry gets the same answer without a second seat or charge.
CREATE TABLE idempotency_key (
    learner_id      uuid         NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    key             varchar(255) NOT NULL,
    fingerprint     varchar(64)  NOT NULL,
    state           varchar(16)  NOT NULL,
    locked_until    timestamptz,
    enrollment_id   uuid,
    response_status integer,
    response_body   text,
    created_at      timestamptz  NOT NULL,
    PRIMARY KEY (learner_id, key),
    CONSTRAINT idempotency_key_state_known CHECK (state IN ('IN_PROGRESS', 'COMPLETED'))
);
CREATE INDEX idempotency_key_by_age ON idempotency_key (created_at);

-- The transactional outbox: events written in the same transaction as the state change they
-- announce; a relay publishes them (see docs/events.md once it exists).
CREATE TABLE outbox_event (
    id             uuid        PRIMARY KEY,
    aggregate_id   uuid        NOT NULL,
    type           varchar(64) NOT NULL,
    schema_version integer     NOT NULL,
    occurred_at    timestamptz NOT NULL,
    payload        jsonb       NOT NULL,
    published_at   timestamptz
);
CREATE INDEX outbox_event_unpublished ON outbox_event (occurred_at) WHERE published_at IS NULL;
