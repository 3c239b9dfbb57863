-- The W3C trace context (traceparent) of the transaction that wrote an event, so the relay, which
-- publishes it later on a thread of its own, puts it on the AMQP message and the consumer continues
-- the purchase's trace (docs/events.md, header traceparent). Events written before this version, and
-- events written outside any trace, have none.
ALTER TABLE outbox_event ADD COLUMN traceparent varchar(55)
    CONSTRAINT outbox_event_traceparent_format
        CHECK (traceparent ~ '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$');
