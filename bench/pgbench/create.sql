-- REST create without the service: the same two INSERTs in one transaction (the programme and its outbox row).
BEGIN;
INSERT INTO bench_programme (id, institution, name, direction, funding_source, themes, budget_sek, created_at, version)
  VALUES (gen_random_uuid(), 'kth', 'Bench programme', 'OUTBOUND', 'OWN_FUNDS', '["teaching"]', 2500000, now(), 0);
INSERT INTO bench_outbox (event_id, topic, aggregate_id, event_type, source, institution, schema_version, occurred_at, payload)
  VALUES (gen_random_uuid(), 'kloss.kth.call.v1', gen_random_uuid()::text, 'se.klossnet.call.ProgrammeCreated',
          '/institutions/kth/call-service', 'kth', 1, now(),
          '{"programmeId":"00000000-0000-0000-0000-000000000000","name":"Bench programme","direction":"OUTBOUND","fundingSource":"OWN_FUNDS","themes":["teaching"],"budgetSek":2500000}');
COMMIT;
