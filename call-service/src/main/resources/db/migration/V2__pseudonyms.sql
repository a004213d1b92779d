-- The only place where a person's username meets their pseudonym. Everything else in this service (and every event)
-- refers to people by pseudonym, so that erasing or re-keying a person touches this table only. Issue 10 generalises
-- this per-service table into the platform's pseudonymisation.
CREATE TABLE pseudonym (
    username   TEXT PRIMARY KEY,
    pseudonym  TEXT        NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL
);
