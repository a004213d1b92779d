SET client_min_messages = warning;
-- Scratch copies of the call-service's programme and outbox tables, so the baselines write the same rows, indexes
-- and constraints as the service without touching its data or its relay.
DROP TABLE IF EXISTS bench_programme, bench_outbox, bench_relay;
CREATE TABLE bench_programme (LIKE programme INCLUDING ALL);
CREATE TABLE bench_outbox (LIKE kloss_outbox INCLUDING ALL);
CREATE TABLE bench_relay (LIKE kloss_outbox INCLUDING ALL);
