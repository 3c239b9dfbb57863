-- Learners and administrators. Emails are stored trimmed and lower-cased by the application; the
-- unique index on lower(email) decides between concurrent sign-ups, not a read before the insert.
CREATE TABLE learner (
    id            uuid         PRIMARY KEY,
    email         varchar(254) NOT NULL,
    name          varchar(200) NOT NULL,
    password_hash text         NOT NULL,
    role          varchar(16)  NOT NULL DEFAULT 'LEARNER',
    member        boolean      NOT NULL DEFAULT false,
    created_at    timestamptz  NOT NULL,
    CONSTRAINT learner_role_known CHECK (role IN ('LEARNER', 'ADMIN'))
);
CREATE UNIQUE INDEX learner_email_unique ON learner (lower(email));

-- Sessions hold only the SHA-256 of the bearer token: a leaked table grants no access.
CREATE TABLE learner_session (
    id         uuid        PRIMARY KEY,
    learner_id uuid        NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    token_hash varchar(64) NOT NULL,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz,
    CONSTRAINT learner_session_token_hash_unique UNIQUE (token_hash),
    CONSTRAINT learner_session_expires_after_issue CHECK (expires_at > issued_at)
);
CREATE INDEX learner_session_by_learner ON learner_session (learner_id);

-- Failed log-ins, shared by every instance of the service, so throttling holds across them.
CREATE TABLE login_failure (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email          varchar(254) NOT NULL,
    client_address varchar(64) NOT NULL,
    failed_at      timestamptz NOT NULL
);
CREATE INDEX login_failure_by_email ON login_failure (email, failed_at);
CREATE INDEX login_failure_by_address ON login_failure (client_address, failed_at);
