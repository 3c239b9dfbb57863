-- The retention purges (roster.retention.*) find their rows by age. The existing indexes lead with
-- the email or the address (login_failure) or cover only unpublished events (outbox_event), so
-- without these a purge batch would scan the whole table.
CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;
CREATE INDEX login_failure_by_time ON login_failure (failed_at);
