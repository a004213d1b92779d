-- Transactional outbox: a service writes its events here in the same transaction as its state change;
-- OutboxRelay publishes them to Kafka in position order and stamps published_at.
CREATE TABLE kloss_outbox (
    position       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id       UUID        NOT NULL UNIQUE,
    topic          TEXT        NOT NULL,
    aggregate_id   TEXT        NOT NULL,
    event_type     TEXT        NOT NULL,
    source         TEXT        NOT NULL,
    institution    TEXT        NOT NULL,
    schema_version INT         NOT NULL,
    occurred_at    TIMESTAMPTZ NOT NULL,
    payload        JSONB       NOT NULL,
    trace_parent   TEXT,
    recorded_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at   TIMESTAMPTZ,
    attempts       INT         NOT NULL DEFAULT 0,
    last_error     TEXT
);

-- The relay only ever reads the unpublished tail; keep that read cheap however long the table grows.
CREATE INDEX kloss_outbox_unpublished ON kloss_outbox (position) WHERE published_at IS NULL;
CREATE INDEX kloss_outbox_published_at ON kloss_outbox (published_at) WHERE published_at IS NOT NULL;
