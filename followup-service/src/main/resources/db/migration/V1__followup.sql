-- followup-service schema. The platform's outbox and inbox come from db/platform (V0_x).

-- Pseudonyms: this service's own mapping from a caller's username (the token's preferred_username) to a random id.
-- The id is never derived from the identity. Issue 10 replaces this with one pseudonym per person and node.
CREATE TABLE pseudonym (
    institution TEXT        NOT NULL,
    username    TEXT        NOT NULL,
    pseudonym   TEXT        NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (institution, username)
);

-- Grants seen on the call topic: the call an application belongs to and its dissemination plan topics.
CREATE TABLE grant_projection (
    application_id      TEXT        PRIMARY KEY,
    institution         TEXT        NOT NULL,
    call_id             TEXT        NOT NULL,
    programme_id        TEXT        NOT NULL,
    dissemination_topics JSONB      NOT NULL DEFAULT '[]',
    granted_at          TIMESTAMPTZ NOT NULL
);

-- The exchanges as the exchange-service's events describe them. Every column is a fact from one event type, so the
-- row converges to the same content whatever order the events arrive in; the state is derived from the facts.
CREATE TABLE exchange_projection (
    id                    TEXT        PRIMARY KEY,
    institution           TEXT        NOT NULL,
    application_id        TEXT,
    programme_id          TEXT,
    direction             TEXT CHECK (direction IN ('OUTBOUND', 'INBOUND', 'ALLIANCE')),
    participant_pseudonym TEXT,
    planned_start         DATE,
    planned_end           DATE,
    extended_end          DATE,
    extended_at           TIMESTAMPTZ,
    agreement_version     INT,
    started_on            DATE,
    completed_on          DATE,
    cancelled_on          DATE,
    cancellation_reason   TEXT,
    state                 TEXT        NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX exchange_projection_by_institution ON exchange_projection (institution, state);
CREATE INDEX exchange_projection_by_participant ON exchange_projection (participant_pseudonym);
CREATE INDEX exchange_projection_by_application ON exchange_projection (application_id);

-- A coordinator's link between a participant account and an exchange, while pseudonyms are per service.
CREATE TABLE participant_link (
    exchange_id TEXT        PRIMARY KEY REFERENCES exchange_projection (id),
    institution TEXT        NOT NULL,
    pseudonym   TEXT        NOT NULL,
    linked_at   TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL
);
CREATE INDEX participant_link_by_pseudonym ON participant_link (pseudonym);

-- Logbooks: one per exchange, opened when it starts; the entries are private to the participant unless shared.
CREATE TABLE logbook (
    exchange_id TEXT        PRIMARY KEY REFERENCES exchange_projection (id),
    institution TEXT        NOT NULL,
    opened_at   TIMESTAMPTZ NOT NULL,
    entry_count INT         NOT NULL DEFAULT 0,
    version     BIGINT      NOT NULL
);

CREATE TABLE logbook_entry (
    id          UUID PRIMARY KEY,
    institution TEXT        NOT NULL,
    exchange_id TEXT        NOT NULL REFERENCES logbook (exchange_id),
    author      TEXT        NOT NULL,
    written_on  DATE        NOT NULL,
    text        TEXT        NOT NULL,
    tags        JSONB       NOT NULL DEFAULT '[]',
    word_count  INT         NOT NULL,
    shared      BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL
);
CREATE INDEX logbook_entry_by_exchange ON logbook_entry (exchange_id, written_on DESC);

-- Survey templates are immutable versions; institution NULL marks the network's default set (V2).
CREATE TABLE survey_template (
    id              UUID PRIMARY KEY,
    institution     TEXT,
    template_key    TEXT        NOT NULL,
    version         INT         NOT NULL CHECK (version > 0),
    respondent_role TEXT        NOT NULL CHECK (respondent_role IN ('PARTICIPANT', 'HOST_CONTACT', 'MANAGER')),
    title_sv        TEXT        NOT NULL,
    title_en        TEXT        NOT NULL,
    questions       JSONB       NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX survey_template_key_version ON survey_template (COALESCE(institution, ''), template_key, version);

-- One questionnaire sent to one respondent of one exchange. Host contacts and managers answer through a token
-- link; only the SHA-256 of the token is kept.
CREATE TABLE survey_distribution (
    id               UUID PRIMARY KEY,
    institution      TEXT        NOT NULL,
    exchange_id      TEXT        NOT NULL REFERENCES exchange_projection (id),
    round            TEXT        NOT NULL CHECK (round IN ('END_OF_EXCHANGE', 'LONG_TERM', 'ON_DEMAND')),
    respondent_role  TEXT        NOT NULL CHECK (respondent_role IN ('PARTICIPANT', 'HOST_CONTACT', 'MANAGER')),
    template_key     TEXT        NOT NULL,
    template_id      UUID REFERENCES survey_template (id),
    status           TEXT        NOT NULL CHECK (status IN ('SCHEDULED', 'OPEN', 'ANSWERED', 'WITHDRAWN')),
    opens_on         DATE,
    opened_at        TIMESTAMPTZ,
    link_token_hash  TEXT UNIQUE,
    link_issued_at   TIMESTAMPTZ,
    link_expires_at  TIMESTAMPTZ,
    link_used_at     TIMESTAMPTZ,
    reminders_sent   INT         NOT NULL DEFAULT 0,
    last_reminded_at TIMESTAMPTZ,
    answered_at      TIMESTAMPTZ,
    withdrawn_at     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT      NOT NULL
);
-- The automatic rounds exist once per exchange and respondent, however often their trigger event arrives.
CREATE UNIQUE INDEX survey_distribution_once_per_round ON survey_distribution (exchange_id, round, respondent_role)
    WHERE round <> 'ON_DEMAND';
CREATE INDEX survey_distribution_by_institution ON survey_distribution (institution, status, created_at DESC);
CREATE INDEX survey_distribution_due ON survey_distribution (opens_on) WHERE status = 'SCHEDULED';

CREATE TABLE survey_response (
    id              UUID PRIMARY KEY,
    institution     TEXT        NOT NULL,
    distribution_id UUID        NOT NULL UNIQUE REFERENCES survey_distribution (id),
    template_id     UUID        NOT NULL REFERENCES survey_template (id),
    answers         JSONB       NOT NULL,
    scores          JSONB       NOT NULL,
    answered_at     TIMESTAMPTZ NOT NULL
);

-- Focus groups: participants are referred to by their exchanges (pseudonymous), never by name.
CREATE TABLE focus_group (
    id                       UUID PRIMARY KEY,
    institution              TEXT        NOT NULL,
    programme_id             TEXT        NOT NULL,
    held_on                  DATE        NOT NULL,
    facilitator              TEXT        NOT NULL,
    participant_exchange_ids JSONB       NOT NULL DEFAULT '[]',
    other_participant_count  INT         NOT NULL DEFAULT 0 CHECK (other_participant_count >= 0),
    themes                   JSONB       NOT NULL DEFAULT '[]',
    notes                    TEXT        NOT NULL DEFAULT '',
    created_at               TIMESTAMPTZ NOT NULL,
    version                  BIGINT      NOT NULL
);
CREATE INDEX focus_group_by_institution ON focus_group (institution, held_on DESC);

-- Outcomes and effects, reported during the exchange or years after it.
CREATE TABLE outcome (
    id            UUID PRIMARY KEY,
    institution   TEXT        NOT NULL,
    exchange_id   TEXT        NOT NULL REFERENCES exchange_projection (id),
    type          TEXT        NOT NULL,
    side          TEXT        NOT NULL CHECK (side IN ('ACADEMIA', 'EXTERNAL')),
    occurred_on   DATE        NOT NULL,
    description   TEXT        NOT NULL,
    evidence_url  TEXT,
    reported_by   TEXT        NOT NULL,
    reporter_role TEXT        NOT NULL CHECK (reporter_role IN ('PARTICIPANT', 'COORDINATOR')),
    reported_at   TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL
);
CREATE INDEX outcome_by_institution ON outcome (institution, occurred_on DESC);
CREATE INDEX outcome_by_exchange ON outcome (exchange_id);

-- Dissemination: the plan (the six control questions and planned activities), the closing statement, and the
-- activities done.
CREATE TABLE dissemination_plan (
    exchange_id            TEXT        PRIMARY KEY REFERENCES exchange_projection (id),
    institution            TEXT        NOT NULL,
    expected_result        TEXT,
    learning_needs         TEXT,
    users_and_recipients   TEXT,
    spreading_activities   TEXT,
    time_plan_and_resources TEXT,
    lives_on_without_grant TEXT,
    planned_activities     JSONB       NOT NULL DEFAULT '{}',
    closing_statement      TEXT,
    closing_statement_on   DATE,
    updated_at             TIMESTAMPTZ NOT NULL,
    version                BIGINT      NOT NULL
);

CREATE TABLE dissemination_activity (
    id          UUID PRIMARY KEY,
    institution TEXT        NOT NULL,
    exchange_id TEXT        NOT NULL REFERENCES exchange_projection (id),
    type        TEXT        NOT NULL,
    audience    TEXT        NOT NULL,
    held_on     DATE        NOT NULL,
    description TEXT,
    recorded_by TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL
);
CREATE INDEX dissemination_activity_by_exchange ON dissemination_activity (exchange_id, held_on DESC);
