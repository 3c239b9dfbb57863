-- A near miss for DataThroughEveryMigrationIT to catch: a "tidy-up" that resets refund bookkeeping,
-- silently dropping the refunds still owed to learners. Never on the service's migration path.
UPDATE enrollment SET refund_status = 'NONE' WHERE refund_status = 'PENDING';
