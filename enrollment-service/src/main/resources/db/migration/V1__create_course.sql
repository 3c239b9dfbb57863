-- Courses learners can buy seats in. The CHECK constraints repeat the domain's invariants because
-- seats are taken by a conditional UPDATE in SQL, which never passes through the Java model.
CREATE TABLE course (
    id          uuid         PRIMARY KEY,
    code        varchar(32)  NOT NULL,
    title       varchar(200) NOT NULL,
    description text         NOT NULL DEFAULT '',
    price_minor bigint       NOT NULL,
    currency    char(3)      NOT NULL,
    capacity    integer      NOT NULL,
    seats_taken integer      NOT NULL DEFAULT 0,
    status      varchar(16)  NOT NULL DEFAULT 'DRAFT',
    starts_at   timestamptz  NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT course_code_unique UNIQUE (code),
    CONSTRAINT course_price_not_negative CHECK (price_minor >= 0),
    CONSTRAINT course_capacity_not_negative CHECK (capacity >= 0),
    CONSTRAINT course_seats_taken_within_capacity CHECK (seats_taken >= 0 AND seats_taken <= capacity),
    CONSTRAINT course_status_known CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED'))
);

-- The catalog lists published courses by start time, then code.
CREATE INDEX course_listing_order ON course (starts_at, code) WHERE status <> 'DRAFT';
