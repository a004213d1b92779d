-- The national hub's read side. Every projection table carries the projection version (pv) it belongs to: a rebuild
-- fills a new version next to the live one and a single update of projection_version swaps it in, so readers never
-- see a half-built projection. Queries always filter on the live pv.
--
-- Each event type owns its own columns of a fact row and writes them with an upsert, so the result is the same in
-- whatever order the events of different topics arrive (ExchangeCompleted before ExchangePlanned included).

CREATE TABLE projection_version (
    version     INT PRIMARY KEY,
    state       TEXT        NOT NULL CHECK (state IN ('BUILDING', 'LIVE', 'RETIRED', 'FAILED')),
    started_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    live_since  TIMESTAMPTZ,
    retired_at  TIMESTAMPTZ,
    purged_at   TIMESTAMPTZ,
    replayed    BIGINT      NOT NULL DEFAULT 0,
    skipped     BIGINT      NOT NULL DEFAULT 0,
    target      BIGINT,
    detail      TEXT
);
-- At most one live and at most one building version at any time.
CREATE UNIQUE INDEX projection_version_one_live ON projection_version ((true)) WHERE state = 'LIVE';
CREATE UNIQUE INDEX projection_version_one_building ON projection_version ((true)) WHERE state = 'BUILDING';
INSERT INTO projection_version (version, state, live_since) VALUES (1, 'LIVE', now());

-- Every event applied to a version: the version's own de-duplication (a rebuild and the live consumer may both
-- apply an event to a building version) and the source of the network-health figures.
CREATE TABLE rp_event (
    pv          INT         NOT NULL,
    event_id    UUID        NOT NULL,
    institution TEXT        NOT NULL,
    event_type  TEXT        NOT NULL,
    topic       TEXT        NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (pv, event_id)
);
CREATE INDEX rp_event_by_institution ON rp_event (pv, institution, occurred_at);

CREATE TABLE rp_programme (
    pv             INT  NOT NULL,
    institution    TEXT NOT NULL,
    programme_id   TEXT NOT NULL,
    name           TEXT,
    direction      TEXT,
    funding_source TEXT,
    themes         TEXT[],
    budget_sek     NUMERIC(14, 2),
    created_at     TIMESTAMPTZ,
    PRIMARY KEY (pv, institution, programme_id)
);

CREATE TABLE rp_call (
    pv                 INT  NOT NULL,
    institution        TEXT NOT NULL,
    call_id            TEXT NOT NULL,
    programme_id       TEXT,
    opens_at           TIMESTAMPTZ,
    closes_at          TIMESTAMPTZ,
    budget_sek         NUMERIC(14, 2),
    max_grant_sek      NUMERIC(14, 2),
    closed_at          TIMESTAMPTZ,
    closed_by_deadline BOOLEAN,
    application_count  INT,
    PRIMARY KEY (pv, institution, call_id)
);

CREATE TABLE rp_application (
    pv             INT  NOT NULL,
    institution    TEXT NOT NULL,
    application_id TEXT NOT NULL,
    call_id        TEXT,
    programme_id   TEXT,
    direction      TEXT,
    host_sector    TEXT,
    host_country   TEXT,
    host_region    TEXT,
    extent_percent INT,
    months         INT,
    requested_sek  NUMERIC(14, 2),
    submitted_at   TIMESTAMPTZ,
    endorsed_at    TIMESTAMPTZ,
    withdrawn_at   TIMESTAMPTZ,
    granted_at     TIMESTAMPTZ,
    granted_sek    NUMERIC(14, 2),
    rejected_at    TIMESTAMPTZ,
    PRIMARY KEY (pv, institution, application_id)
);

CREATE TABLE rp_exchange (
    pv                  INT  NOT NULL,
    institution         TEXT NOT NULL,
    exchange_id         TEXT NOT NULL,
    application_id      TEXT,
    programme_id        TEXT,
    direction           TEXT,
    host_sector         TEXT,
    host_country        TEXT,
    host_org_number     TEXT,
    host_region         TEXT,
    planned_start       DATE,
    planned_end         DATE,
    extent_percent      INT,
    budget_sek          NUMERIC(14, 2),
    planned_at          TIMESTAMPTZ,
    agreement_signed_at TIMESTAMPTZ,
    agreement_version   INT,
    started_on          DATE,
    extended_end        DATE,
    completed_on        DATE,
    person_months       NUMERIC(10, 2),
    cancelled_on        DATE,
    cancel_reason       TEXT,
    PRIMARY KEY (pv, institution, exchange_id)
);

CREATE TABLE rp_cost (
    pv          INT            NOT NULL,
    institution TEXT           NOT NULL,
    cost_id     TEXT           NOT NULL,
    exchange_id TEXT           NOT NULL,
    category    TEXT           NOT NULL,
    amount_sek  NUMERIC(14, 2) NOT NULL,
    booked_on   DATE           NOT NULL,
    recorded_at TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (pv, institution, cost_id)
);

CREATE TABLE rp_outcome (
    pv           INT     NOT NULL,
    institution  TEXT    NOT NULL,
    outcome_id   TEXT    NOT NULL,
    exchange_id  TEXT    NOT NULL,
    outcome_type TEXT    NOT NULL,
    side         TEXT    NOT NULL,
    occurred_on  DATE    NOT NULL,
    has_evidence BOOLEAN NOT NULL,
    PRIMARY KEY (pv, institution, outcome_id)
);

CREATE TABLE rp_survey_score (
    pv              INT         NOT NULL,
    institution     TEXT        NOT NULL,
    response_id     TEXT        NOT NULL,
    question        TEXT        NOT NULL,
    score           INT         NOT NULL,
    exchange_id     TEXT        NOT NULL,
    survey_id       TEXT        NOT NULL,
    respondent_role TEXT        NOT NULL,
    responded_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (pv, institution, response_id, question)
);

CREATE TABLE rp_logbook_entry (
    pv          INT  NOT NULL,
    institution TEXT NOT NULL,
    entry_id    TEXT NOT NULL,
    exchange_id TEXT NOT NULL,
    written_on  DATE NOT NULL,
    word_count  INT  NOT NULL,
    PRIMARY KEY (pv, institution, entry_id)
);

CREATE TABLE rp_focus_group (
    pv                INT  NOT NULL,
    institution       TEXT NOT NULL,
    focus_group_id    TEXT NOT NULL,
    programme_id      TEXT NOT NULL,
    held_on           DATE NOT NULL,
    participant_count INT  NOT NULL,
    themes            TEXT[] NOT NULL,
    PRIMARY KEY (pv, institution, focus_group_id)
);

-- DisseminationReported has no id of its own: one report is one event.
CREATE TABLE rp_dissemination (
    pv             INT  NOT NULL,
    event_id       UUID NOT NULL,
    institution    TEXT NOT NULL,
    exchange_id    TEXT NOT NULL,
    reported_on    DATE NOT NULL,
    activity       TEXT NOT NULL,
    activity_count INT  NOT NULL,
    PRIMARY KEY (pv, event_id, activity)
);
