-- Issue 10: the call-service is the node's person register and its privacy coordinator.

-- An erased person's register row keeps its pseudonym (the records and figures that carry it stay pseudonymous)
-- but loses the username: it becomes 'erased:<pseudonym>', so the person can no longer be linked to it. If they
-- log in again they are a new person with a new pseudonym.
ALTER TABLE pseudonym ADD COLUMN erased_at TIMESTAMPTZ;

-- Access exports and erasures that a privacy officer (or, for an export, the person) asked for.
CREATE TABLE privacy_request (
    id                UUID PRIMARY KEY,
    institution       TEXT        NOT NULL,
    kind              TEXT        NOT NULL CHECK (kind IN ('EXPORT', 'ERASURE')),
    person_pseudonym  TEXT        NOT NULL,
    requested_by      TEXT        NOT NULL, -- the requester's pseudonym
    requested_at      TIMESTAMPTZ NOT NULL,
    expected_services JSONB       NOT NULL
);
CREATE INDEX privacy_request_by_person ON privacy_request (person_pseudonym);

-- Each service's answer on the privacy topic: its export part is ready, it has erased, or a rule forbids erasure.
CREATE TABLE privacy_confirmation (
    request_id   UUID        NOT NULL REFERENCES privacy_request (id),
    service      TEXT        NOT NULL,
    outcome      TEXT        NOT NULL CHECK (outcome IN ('PART_READY', 'ERASED', 'REFUSED')),
    item_count   INT,
    rule         TEXT,
    confirmed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (request_id, service)
);
