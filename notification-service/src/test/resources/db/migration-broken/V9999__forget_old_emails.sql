-- A near miss for DataThroughEveryMigrationIT to catch: a "retention" migration that forgets which
-- events were handled, so a redelivered event would send its email again. Never on the service's path.
DELETE FROM sent_email WHERE sent_at < '2026-11-01';
DELETE FROM processed_message WHERE processed_at < '2026-11-01';
