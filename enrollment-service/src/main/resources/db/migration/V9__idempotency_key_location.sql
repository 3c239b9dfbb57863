-- The idempotent purchase stores the Location of its answer beside the status and the body
-- (docs/decisions.md, "Idempotent purchase: one use case"). Until now the web layer read it back off
-- the stored body with a regex on every replay; answers stored before this version get it the same
-- way, once, here, so their replays keep their Location header.
ALTER TABLE idempotency_key ADD COLUMN location varchar(255);

UPDATE idempotency_key
   SET location = '/api/v1/enrollments/' || substring(response_body FROM '^\{"id":"([0-9a-f-]{36})"')
 WHERE state = 'COMPLETED'
   AND response_status < 400
   AND response_body ~ '^\{"id":"[0-9a-f-]{36}"';
