-- The rows purchase.pgbench needs, in a database migrated with enrollment-service's Flyway migrations
-- (src/main/resources/db/migration), and the one function that picks each purchase's values.
-- Run by benchmarks/db/pgbench-purchase before pgbench; safe to run again on the same database.
--
-- Shaped after the load test (load-tests, PurchaseSimulation): 400 open courses at 49.00 EUR, learners
-- with a live session each, every purchase paid with the sandbox's tok_visa. Two differences, both so that
-- every pgbench transaction is one successful purchase, as the script's statements assume:
--  * 3,200 learners, not 32: a learner buys a course once, and 32 learners x 400 courses allow only
--    12,800 purchases, fewer than pgbench makes in ten seconds;
--  * capacity 1,000,000, not 24: the load test's 9,600 seats would be sold out within seconds, and a seat
--    UPDATE that matches no row costs less than one that takes a seat.
-- Learner n (0..3199) has id 00000000-0000-4000-8000-<n, 12 digits>, email bench-<n>@example.com and
-- a session whose token hash is n in hex, left-padded to 64 digits; course n (0..399) has id
-- 00000000-0000-4000-9000-<n, 12 digits>.

INSERT INTO learner (id, email, name, password_hash, role, member, created_at)
SELECT ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, 'bench-' || n || '@example.com',
       'Bench learner ' || n,
       '$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hzYWx0YmVuY2g$bm90IGEgcmVhbCBoYXNoLCBuZXZlciBjaGVja2Vk',
       'LEARNER', false, now()
  FROM generate_series(0, 3199) AS n
ON CONFLICT DO NOTHING;

INSERT INTO learner_session (id, learner_id, token_hash, issued_at, expires_at, revoked_at)
SELECT ('00000000-0000-4000-a000-' || lpad(n::text, 12, '0'))::uuid,
       ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
       lpad(to_hex(n), 64, '0'), now(), now() + interval '30 days', NULL
  FROM generate_series(0, 3199) AS n
ON CONFLICT DO NOTHING;

INSERT INTO course (id, code, title, description, price_minor, currency, capacity, seats_taken, status, starts_at)
SELECT ('00000000-0000-4000-9000-' || lpad(n::text, 12, '0'))::uuid, 'BENCH-' || n, 'Load course ' || n, '',
       4900, 'EUR', 1000000, 0, 'OPEN', '2030-01-01 09:00:00+00'
  FROM generate_series(0, 399) AS n
ON CONFLICT DO NOTHING;

-- Purchase p (from this sequence) is learner p % 3200 buying course (p + p / 3200) % 400: consecutive
-- purchases (the ones running at once) have different learners and different courses, as in the load
-- test, and a learner meets every course once before any repeats (3201 and 400 share no factor), so the
-- first 1,280,000 purchases after a setup never hit the one-active-enrollment index.
CREATE SEQUENCE IF NOT EXISTS bench_purchase_number MINVALUE 0 START 0;

-- A UUIDv7 (RFC 9562) like the service's ids (platform.UuidV7Generator): new rows land at the end of the
-- B-tree indexes, as the service's do; gen_random_uuid() would scatter them and cost more.
CREATE OR REPLACE FUNCTION bench_uuid_v7() RETURNS uuid LANGUAGE sql VOLATILE AS $$
    SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) PLACING
               substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
               FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid
$$;

-- Everything one purchase binds that the script cannot read from the database, as one row for pgbench's
-- \gset (pgbench variables can only be numbers unless a query sets them). The values are of the same kind
-- and size as the service's: ids, timestamps (the service's clock; the key's 60 s lease and 24 h retention,
-- the 15 min hold), the request fingerprint, the price lines, the event payload and the stored answer.
-- A parameter the service binds as NULL (coupon_code, reason) is '' here: pgbench cannot bind NULL.
CREATE OR REPLACE FUNCTION bench_next_purchase()
RETURNS TABLE (token_hash text, course_id text, key text, fingerprint text, enrollment_id text, event_id text,
               now text, locked_until text, expired text, hold_expires_at text,
               pending text, confirmed text, list_minor text, discount_minor text, total_minor text,
               currency text, price_lines text, no_value text, charge_id text, event_type text,
               schema_version text, payload text, traceparent text, answer_status text, location text,
               answer_body text)
LANGUAGE sql VOLATILE AS $$
    WITH p AS (SELECT nextval('bench_purchase_number') AS n, clock_timestamp() AS t0,
                      bench_uuid_v7() AS enrollment, bench_uuid_v7() AS event),
         pick AS (SELECT p.*, n % 3200 AS learner, (n + n / 3200) % 400 AS course FROM p),
         ids AS (SELECT pick.*,
                        '00000000-0000-4000-8000-' || lpad(learner::text, 12, '0') AS learner_id,
                        '00000000-0000-4000-9000-' || lpad(course::text, 12, '0') AS course_uuid
                   FROM pick)
    SELECT lpad(to_hex(learner), 64, '0'),
           course_uuid,
           gen_random_uuid()::text,
           encode(sha256(convert_to('36:' || course_uuid || ';-;8:tok_visa;', 'UTF8')), 'hex'),
           enrollment::text,
           event::text,
           t0::text,
           (t0 + interval '60 seconds')::text,
           (t0 - interval '24 hours')::text,
           (t0 + interval '15 minutes')::text,
           'PENDING_PAYMENT', 'CONFIRMED', '4900', '245', '4655', 'EUR',
           '[{"rule":"volume_tier","amountMinor":245}]',
           '',
           'ch_' || substr(md5(enrollment::text), 1, 24),
           'EnrollmentConfirmed', '1',
           json_build_object('eventId', event, 'type', 'EnrollmentConfirmed', 'schemaVersion', 1,
                             'occurredAt', t0, 'enrollmentId', enrollment, 'learnerId', learner_id,
                             'courseId', course_uuid, 'courseTitle', 'Load course ' || course,
                             'amount', '46.55', 'currency', 'EUR')::text,
           '00-' || md5(event::text) || '-' || substr(md5(enrollment::text), 1, 16) || '-01',
           '201',
           '/api/v1/enrollments/' || enrollment,
           json_build_object('id', enrollment, 'courseId', course_uuid, 'status', 'CONFIRMED',
                             'price', json_build_object(
                                 'listPrice', json_build_object('amount', '49.00', 'currency', 'EUR'),
                                 'lines', json_build_array(json_build_object('rule', 'volume_tier',
                                     'amount', json_build_object('amount', '2.45', 'currency', 'EUR'))),
                                 'discount', json_build_object('amount', '2.45', 'currency', 'EUR'),
                                 'total', json_build_object('amount', '46.55', 'currency', 'EUR')),
                             'createdAt', t0, 'confirmedAt', t0, 'reason', NULL)::text
      FROM ids
$$;
