-- The commit of one event at a node, without the service: one outbox INSERT in its own transaction.
INSERT INTO bench_outbox (event_id, topic, aggregate_id, event_type, source, institution, schema_version, occurred_at, payload)
  VALUES (gen_random_uuid(), 'kloss.kth.call.v1', gen_random_uuid()::text, 'se.klossnet.call.ProgrammeCreated',
          '/institutions/kth/call-service', 'kth', 1, now(), '{"name":"Bench programme"}');
