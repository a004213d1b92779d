-- Calls for applications under a programme: DRAFT -> OPEN -> CLOSED -> DECIDED -> ARCHIVED.
CREATE TABLE mobility_call (
    id                        UUID PRIMARY KEY,
    institution               TEXT           NOT NULL,
    programme_id              UUID           NOT NULL REFERENCES programme (id),
    direction                 TEXT           NOT NULL CHECK (direction IN ('OUTBOUND', 'INBOUND', 'ALLIANCE')),
    title_sv                  TEXT           NOT NULL,
    title_en                  TEXT           NOT NULL,
    description_sv            TEXT           NOT NULL,
    description_en            TEXT           NOT NULL,
    opens_at                  TIMESTAMPTZ    NOT NULL,
    closes_at                 TIMESTAMPTZ    NOT NULL,
    budget_sek                NUMERIC(14, 2) NOT NULL CHECK (budget_sek >= 0),
    max_grant_sek             NUMERIC(14, 2) NOT NULL CHECK (max_grant_sek > 0),
    min_extent_percent        INT            NOT NULL,
    max_extent_percent        INT            NOT NULL,
    min_months                INT            NOT NULL,
    max_months                INT            NOT NULL,
    eligible_staff_categories JSONB          NOT NULL,
    criteria                  JSONB          NOT NULL,
    reviewers_per_application INT            NOT NULL,
    endorsement_required      BOOLEAN        NOT NULL,
    status                    TEXT           NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'DECIDED', 'ARCHIVED')),
    created_at                TIMESTAMPTZ    NOT NULL,
    published_at              TIMESTAMPTZ,
    closed_at                 TIMESTAMPTZ,
    closed_by_deadline        BOOLEAN,
    decided_at                TIMESTAMPTZ,
    archived_at               TIMESTAMPTZ,
    version                   BIGINT         NOT NULL
);

CREATE INDEX mobility_call_by_institution ON mobility_call (institution, created_at DESC);
-- The deadline closer's only query.
CREATE INDEX mobility_call_open_by_deadline ON mobility_call (closes_at) WHERE status = 'OPEN';
