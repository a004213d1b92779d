-- Inbox: one row per (consumer, event) handled, written in the same transaction as the consumer's effect,
-- so that a redelivered event is recognised and changes nothing.
CREATE TABLE kloss_inbox (
    consumer     TEXT        NOT NULL,
    event_id     UUID        NOT NULL,
    event_type   TEXT        NOT NULL,
    topic        TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
