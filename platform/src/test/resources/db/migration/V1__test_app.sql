CREATE TABLE note (
    id          UUID PRIMARY KEY,
    institution TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    amount      NUMERIC NOT NULL,
    version     BIGINT  NOT NULL
);

-- The observable effect of RecordingSubscription: one row per handled event.
CREATE TABLE handled_event (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id UUID NOT NULL,
    name     TEXT NOT NULL
);
