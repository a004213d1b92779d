-- The effect of SelfDeduplicatingSubscription: keyed by the event id, so a repeat changes nothing by itself.
CREATE TABLE applied_event (
    event_id UUID PRIMARY KEY,
    name     TEXT NOT NULL
);

-- How often handle/handleAll saw each event id, repeats included (what the platform handed over).
CREATE TABLE offered_event (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id UUID NOT NULL
);
