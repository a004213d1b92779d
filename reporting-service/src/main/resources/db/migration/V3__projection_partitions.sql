-- Every projection table becomes LIST-partitioned by the projection version (pv), one partition per version
-- (<table>_v<pv>). A rebuild fills partitions of its own: it creates them UNLOGGED and without the secondary index
-- of rp_event, loads them, and at the swap sets them LOGGED and indexes them (VersionPartitions). Purging a replaced
-- version drops its partitions instead of deleting its rows one by one.
--
-- rp_event's index by institution is no longer declared on the parent (a partitioned index would put it on every
-- partition from its creation on, i.e. during the load): each version's partition gets it as a local index.

-- Marks a version whose partitions are still UNLOGGED. Unlogged itself: PostgreSQL's crash recovery empties every
-- unlogged table, this one included, so a version without its marker at the swap has lost rows and must not go live.
CREATE UNLOGGED TABLE projection_build_marker (
    version INT PRIMARY KEY
);

DO $$
DECLARE
    t   TEXT;
    v   INT;
    pk  TEXT;
BEGIN
    DROP INDEX rp_event_by_institution;
    FOREACH t IN ARRAY ARRAY['rp_event', 'rp_programme', 'rp_call', 'rp_application', 'rp_exchange', 'rp_cost',
            'rp_outcome', 'rp_survey_score', 'rp_logbook_entry', 'rp_focus_group', 'rp_dissemination'] LOOP
        SELECT pg_get_constraintdef(c.oid) INTO pk FROM pg_constraint c
            WHERE c.conrelid = t::regclass AND c.contype = 'p';
        EXECUTE format('ALTER TABLE %I RENAME TO %I', t, t || '_unpartitioned');
        EXECUTE format('ALTER TABLE %I RENAME CONSTRAINT %I TO %I', t || '_unpartitioned', t || '_pkey',
                t || '_unpartitioned_pkey');
        EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS) PARTITION BY LIST (pv)',
                t, t || '_unpartitioned');
        EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I %s', t, t || '_pkey', pk);
        -- A partition for every version that may still have rows: all but the purged ones, and any pv in the table.
        FOR v IN EXECUTE format('SELECT version FROM projection_version WHERE purged_at IS NULL'
                || ' UNION SELECT DISTINCT pv FROM %I', t || '_unpartitioned') LOOP
            EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (%s)', t || '_v' || v, t, v);
        END LOOP;
        EXECUTE format('INSERT INTO %I SELECT * FROM %I', t, t || '_unpartitioned');
        EXECUTE format('DROP TABLE %I', t || '_unpartitioned');
    END LOOP;
    -- Read into an array first: an open loop over rp_event would block creating an index on its partitions.
    FOREACH v IN ARRAY ARRAY(SELECT version FROM projection_version WHERE purged_at IS NULL
            UNION SELECT DISTINCT pv FROM rp_event) LOOP
        EXECUTE format('CREATE INDEX %I ON %I (institution, occurred_at)', 'rp_event_v' || v || '_by_institution',
                'rp_event_v' || v);
    END LOOP;
END $$;
