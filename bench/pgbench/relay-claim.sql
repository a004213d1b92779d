-- The outbox relay's database work for one batch of 500, without Kafka: take the relay lock, read the oldest
-- unpublished rows with their payloads, mark them published; one transaction.
BEGIN;
SELECT pg_try_advisory_xact_lock(7);
SELECT count(*), sum(octet_length(payload::text)) FROM (
  SELECT position, event_id, topic, aggregate_id, event_type, source, institution, schema_version, occurred_at, payload
    FROM bench_relay WHERE published_at IS NULL ORDER BY position LIMIT 500) b;
UPDATE bench_relay SET published_at = now(), attempts = attempts + 1, last_error = NULL
  WHERE position IN (SELECT position FROM bench_relay WHERE published_at IS NULL ORDER BY position LIMIT 500);
COMMIT;
