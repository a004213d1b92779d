-- Issue 10. Account holders' pseudonyms come from the node's person register (the call-service, GET /persons/me);
-- this table caches them. A coordinator may link an account to an exchange before its owner has ever called this
-- service: that account gets a placeholder pseudonym (from_register = false), which is re-keyed to the register's
-- pseudonym the first time the person calls. Rows from before this migration were allocated here and are re-keyed
-- the same way.
ALTER TABLE pseudonym ADD COLUMN from_register BOOLEAN NOT NULL DEFAULT FALSE;

-- The privacy requests this service has answered, so it can serve an export part to whoever may read it.
CREATE TABLE privacy_request_seen (
    request_id       TEXT PRIMARY KEY,
    institution      TEXT        NOT NULL,
    kind             TEXT        NOT NULL CHECK (kind IN ('EXPORT', 'ERASURE')),
    person_pseudonym TEXT        NOT NULL,
    seen_at          TIMESTAMPTZ NOT NULL
);
