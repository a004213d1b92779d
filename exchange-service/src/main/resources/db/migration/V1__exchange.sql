-- exchange-service schema. The platform's outbox and inbox come from db/platform (V0_1, V0_2).

-- The register of host organisations per institution, deduplicated by Swedish organisationsnummer.
CREATE TABLE host_organisation (
    id                  UUID PRIMARY KEY,
    institution         TEXT        NOT NULL,
    organisation_number TEXT,
    name                TEXT,
    sector              TEXT        NOT NULL CHECK (sector IN ('BUSINESS', 'PUBLIC', 'CIVIL_SOCIETY', 'ACADEMIA')),
    country             TEXT        NOT NULL,
    region              TEXT,
    created_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT      NOT NULL
);
CREATE UNIQUE INDEX host_organisation_by_number ON host_organisation (institution, organisation_number)
    WHERE organisation_number IS NOT NULL;
CREATE INDEX host_organisation_by_institution ON host_organisation (institution, sector, region);

-- The exchange. Personal data (names, e-mail addresses, accounts) stays in this table; events carry the pseudonym.
CREATE TABLE exchange (
    id                    UUID PRIMARY KEY,
    institution           TEXT           NOT NULL,
    application_id        TEXT,
    programme_id          TEXT           NOT NULL,
    direction             TEXT           NOT NULL CHECK (direction IN ('OUTBOUND', 'INBOUND', 'ALLIANCE')),
    status                TEXT           NOT NULL CHECK (status IN ('REGISTERED', 'PLANNED', 'AGREEMENT_SIGNED', 'ONGOING',
                                                                    'COMPLETED', 'CANCELLED', 'DECLINED')),
    participant_pseudonym TEXT           NOT NULL,
    participant_account   TEXT,
    participant_name      TEXT,
    participant_email     TEXT,
    host_id               UUID           NOT NULL REFERENCES host_organisation (id),
    host_contact_name     TEXT,
    host_contact_email    TEXT,
    partners              JSONB          NOT NULL DEFAULT '[]',
    host_department       TEXT,
    host_manager          TEXT,
    purpose               TEXT,
    mutual_value          TEXT,
    planned_start         DATE           NOT NULL,
    planned_end           DATE           NOT NULL,
    extent_percent        INT            NOT NULL CHECK (extent_percent BETWEEN 1 AND 100),
    budget_sek            NUMERIC(14, 2) NOT NULL CHECK (budget_sek >= 0),
    agreement_in_force    INT,
    started_on            DATE,
    completed_on          DATE,
    cancelled_on          DATE,
    cancellation_reason   TEXT,
    created_at            TIMESTAMPTZ    NOT NULL,
    updated_at            TIMESTAMPTZ    NOT NULL,
    version               BIGINT         NOT NULL,
    CHECK (planned_end >= planned_start)
);
-- A grant plans one exchange, however often its event arrives.
CREATE UNIQUE INDEX exchange_by_application ON exchange (institution, application_id) WHERE application_id IS NOT NULL;
CREATE INDEX exchange_by_institution ON exchange (institution, created_at DESC);
CREATE INDEX exchange_calendar ON exchange (status, planned_start, planned_end);

-- Each version of an exchange's agreement: the rendered text, its SHA-256 and the terms it was made from.
CREATE TABLE agreement_version (
    id               UUID PRIMARY KEY,
    exchange_id      UUID        NOT NULL REFERENCES exchange (id),
    institution      TEXT        NOT NULL,
    number           INT         NOT NULL,
    template         TEXT        NOT NULL,
    status           TEXT        NOT NULL CHECK (status IN ('AWAITING_SIGNATURES', 'SIGNED', 'VOID')),
    planned_start    DATE        NOT NULL,
    planned_end      DATE        NOT NULL,
    extent_percent   INT         NOT NULL,
    terms            JSONB       NOT NULL,
    document         TEXT        NOT NULL,
    document_sha256  TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    signed_at        TIMESTAMPTZ,
    UNIQUE (exchange_id, number)
);

CREATE TABLE agreement_signature (
    id               UUID PRIMARY KEY,
    agreement_id     UUID        NOT NULL REFERENCES agreement_version (id),
    party            TEXT        NOT NULL CHECK (party IN ('PARTICIPANT', 'HOME_INSTITUTION', 'HOST_CONTACT')),
    method           TEXT        NOT NULL CHECK (method IN ('ACCOUNT', 'LINK')),
    signer           TEXT        NOT NULL,
    signed_at        TIMESTAMPTZ NOT NULL,
    document_sha256  TEXT        NOT NULL,
    UNIQUE (agreement_id, party)
);

-- Single-use, expiring links for parties without an account. Only the SHA-256 of the token is stored.
CREATE TABLE signing_link (
    id           UUID PRIMARY KEY,
    exchange_id  UUID        NOT NULL REFERENCES exchange (id),
    institution  TEXT        NOT NULL,
    party        TEXT        NOT NULL CHECK (party IN ('PARTICIPANT', 'HOST_CONTACT')),
    token_sha256 TEXT        NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    used_at      TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX signing_link_by_exchange ON signing_link (exchange_id, party);

-- The planned budget of an exchange (changes go with the exchange's version). The monthly salary cost never leaves
-- this table.
CREATE TABLE exchange_budget (
    exchange_id               UUID PRIMARY KEY REFERENCES exchange (id),
    institution               TEXT           NOT NULL,
    monthly_salary_cost_sek   NUMERIC(14, 2) NOT NULL DEFAULT 0,
    planned_travel_sek        NUMERIC(14, 2) NOT NULL DEFAULT 0,
    planned_host_compensation_sek NUMERIC(14, 2) NOT NULL DEFAULT 0,
    planned_other_sek         NUMERIC(14, 2) NOT NULL DEFAULT 0
);

-- Booking defaults (accounts, cost centre, project) per programme.
CREATE TABLE booking_defaults (
    institution              TEXT   NOT NULL,
    programme_id             TEXT   NOT NULL,
    salary_account           TEXT   NOT NULL,
    travel_account           TEXT   NOT NULL,
    host_compensation_account TEXT  NOT NULL,
    other_account            TEXT   NOT NULL,
    cost_centre              TEXT   NOT NULL,
    project_code             TEXT   NOT NULL,
    version                  BIGINT NOT NULL,
    PRIMARY KEY (institution, programme_id)
);

-- Actual costs, posted by hand or imported from the finance system. Amounts are exact (NUMERIC, never a double).
CREATE TABLE cost_entry (
    id           UUID PRIMARY KEY,
    institution  TEXT           NOT NULL,
    exchange_id  UUID           NOT NULL REFERENCES exchange (id),
    type         TEXT           NOT NULL CHECK (type IN ('SALARY', 'TRAVEL', 'HOST_COMPENSATION', 'OTHER')),
    amount_sek   NUMERIC(14, 2) NOT NULL CHECK (amount_sek <> 0),
    booked_on    DATE           NOT NULL,
    account      TEXT           NOT NULL,
    cost_centre  TEXT           NOT NULL,
    project_code TEXT           NOT NULL,
    external_ref TEXT,
    source       TEXT           NOT NULL CHECK (source IN ('MANUAL', 'IMPORT')),
    recorded_by  TEXT           NOT NULL,
    recorded_at  TIMESTAMPTZ    NOT NULL
);
-- The finance system's voucher reference makes a re-posted file idempotent.
CREATE UNIQUE INDEX cost_entry_by_external_ref ON cost_entry (institution, external_ref) WHERE external_ref IS NOT NULL;
CREATE INDEX cost_entry_by_exchange ON cost_entry (exchange_id, booked_on);
CREATE INDEX cost_entry_by_period ON cost_entry (institution, booked_on);

-- The durable queue of HR notices: written with the exchange's change, delivered by a worker with backoff.
CREATE TABLE hr_notice (
    id              UUID PRIMARY KEY,
    institution     TEXT        NOT NULL,
    exchange_id     UUID        NOT NULL REFERENCES exchange (id),
    kind            TEXT        NOT NULL,
    payload         TEXT        NOT NULL, -- the exact JSON body that is signed and sent, the same on every retry
    status          TEXT        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'CONFIRMED', 'DEAD')),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    delivered_at    TIMESTAMPTZ,
    confirmed_at    TIMESTAMPTZ,
    confirmed_by    TEXT,
    version         BIGINT      NOT NULL
);
CREATE INDEX hr_notice_due ON hr_notice (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX hr_notice_by_institution ON hr_notice (institution, status, created_at);
