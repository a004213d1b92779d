-- Programmes: an institution's mobility schemes (AkUt, PAUS, Affilierad kompetens, ...).
CREATE TABLE programme (
    id             UUID PRIMARY KEY,
    institution    TEXT           NOT NULL,
    name           TEXT           NOT NULL,
    direction      TEXT           NOT NULL CHECK (direction IN ('OUTBOUND', 'INBOUND', 'ALLIANCE')),
    funding_source TEXT           NOT NULL,
    themes         JSONB          NOT NULL DEFAULT '[]',
    budget_sek     NUMERIC(14, 2) NOT NULL CHECK (budget_sek >= 0),
    created_at     TIMESTAMPTZ    NOT NULL,
    version        BIGINT         NOT NULL
);

CREATE INDEX programme_by_institution ON programme (institution, created_at DESC);
