-- One row per enrollment event this service has handled: the idempotency record. Claimed with
-- INSERT ... ON CONFLICT DO NOTHING in the same transaction that sends the email, so a redelivered
-- (or concurrently delivered) event finds its row and sends nothing.
CREATE TABLE processed_message (
    event_id     uuid PRIMARY KEY,
    type         text        NOT NULL,
    processed_at timestamptz NOT NULL
);

-- The email sent for an event, if any (an unknown learner gets none). Written just before the
-- email is handed to the mail server, in the claim's transaction.
CREATE TABLE sent_email (
    event_id   uuid PRIMARY KEY REFERENCES processed_message (event_id),
    recipient  text        NOT NULL,
    subject    text        NOT NULL,
    message_id text        NOT NULL UNIQUE,
    sent_at    timestamptz NOT NULL
);
