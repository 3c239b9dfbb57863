-- Enrollments: a learner's seat in a course. The purchase flow (payment, holds, idempotency)
-- extends this table; pricing already needs to know whether a learner has a confirmed one.
CREATE TABLE enrollment (
    id         uuid        PRIMARY KEY,
    learner_id uuid        NOT NULL REFERENCES learner (id),
    course_id  uuid        NOT NULL REFERENCES course (id),
    status     varchar(24) NOT NULL,
    created_at timestamptz NOT NULL,
    CONSTRAINT enrollment_status_known
        CHECK (status IN ('PENDING_PAYMENT', 'CONFIRMED', 'REJECTED', 'EXPIRED', 'CANCELLED'))
);

-- At most one active (pending or confirmed) enrollment per learner and course, whatever races.
CREATE UNIQUE INDEX enrollment_one_active_per_learner_and_course
    ON enrollment (learner_id, course_id) WHERE status IN ('PENDING_PAYMENT', 'CONFIRMED');
CREATE INDEX enrollment_by_learner ON enrollment (learner_id, status);
