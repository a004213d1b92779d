-- Issue 10. The exchange-service no longer has pseudonyms of its own for account holders: it caches what the node's
-- person register (the call-service, GET /persons/me) answered for a caller. The mapping never changes, except that
-- an erasure replaces the username.
CREATE TABLE person (
    institution TEXT        NOT NULL,
    username    TEXT        NOT NULL,
    pseudonym   TEXT        NOT NULL,
    cached_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (institution, username)
);
CREATE INDEX person_by_pseudonym ON person (pseudonym);

-- The privacy requests this service has answered, so it can serve an export part to whoever may read it.
CREATE TABLE privacy_request_seen (
    request_id       TEXT PRIMARY KEY,
    institution      TEXT        NOT NULL,
    kind             TEXT        NOT NULL CHECK (kind IN ('EXPORT', 'ERASURE')),
    person_pseudonym TEXT        NOT NULL,
    seen_at          TIMESTAMPTZ NOT NULL
);
