SET client_min_messages = warning;
-- Scratch copies of the tables one ingested event touches (the projection's seen-set, a fact table), so the baseline
-- writes the same rows and indexes as the projection without touching its figures.
DROP TABLE IF EXISTS bench_inbox, bench_event, bench_application;
CREATE TABLE bench_event (LIKE rp_event INCLUDING ALL);
-- rp_event is partitioned by version (reporting-service V3); its index by institution is on each version's partition.
CREATE INDEX ON bench_event (pv, institution, occurred_at);
CREATE TABLE bench_application (LIKE rp_application INCLUDING ALL);
