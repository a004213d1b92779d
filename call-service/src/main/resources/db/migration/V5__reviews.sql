-- A reviewer's assignment to one application: conflict-of-interest declaration first, then scores per criterion.
CREATE TABLE review_assignment (
    id                 UUID PRIMARY KEY,
    institution        TEXT        NOT NULL,
    call_id            UUID        NOT NULL REFERENCES mobility_call (id),
    application_id     UUID        NOT NULL REFERENCES application (id),
    reviewer_pseudonym TEXT        NOT NULL,
    status             TEXT        NOT NULL CHECK (status IN ('AWAITING_DECLARATION', 'CLEARED', 'CONFLICTED')),
    conflict_reason    TEXT,
    declared_at        TIMESTAMPTZ,
    scores             JSONB       NOT NULL DEFAULT '[]',
    scored_at          TIMESTAMPTZ,
    assigned_at        TIMESTAMPTZ NOT NULL,
    version            BIGINT      NOT NULL,
    UNIQUE (application_id, reviewer_pseudonym)
);

CREATE INDEX review_assignment_by_reviewer ON review_assignment (reviewer_pseudonym, assigned_at DESC);
CREATE INDEX review_assignment_by_call ON review_assignment (call_id);
