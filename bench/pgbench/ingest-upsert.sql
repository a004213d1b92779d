-- One ingested event as the national projection writes it, in one transaction: the projection's seen-row and an
-- upsert of the fact row the event owns columns of (ApplicationSubmitted's shape). The national ingest writes no
-- platform inbox row: the seen-row de-duplicates (EventSubscription.deduplicatesItself).
\set app random(1, 200000)
BEGIN;
INSERT INTO bench_event (pv, event_id, institution, event_type, topic, occurred_at)
  VALUES (1, gen_random_uuid(), 'bench01', 'ApplicationSubmitted', 'kloss.bench01.call.v1', now())
  ON CONFLICT (pv, event_id) DO NOTHING;
INSERT INTO bench_application AS t (pv, institution, application_id, call_id, programme_id, extent_percent, months,
    requested_sek, submitted_at, host_sector, host_country, host_region)
  VALUES (1, 'bench01', 'app-' || :app, 'call-1', 'prog-1', 50, 6, 120000, now(), 'PRIVATE', 'SE', 'SE110')
  ON CONFLICT (pv, institution, application_id) DO UPDATE SET call_id = EXCLUDED.call_id,
    programme_id = EXCLUDED.programme_id, extent_percent = EXCLUDED.extent_percent, months = EXCLUDED.months,
    requested_sek = EXCLUDED.requested_sek, submitted_at = EXCLUDED.submitted_at,
    host_sector = CASE WHEN t.granted_at IS NULL THEN EXCLUDED.host_sector ELSE t.host_sector END,
    host_country = CASE WHEN t.granted_at IS NULL THEN EXCLUDED.host_country ELSE t.host_country END,
    host_region = CASE WHEN t.granted_at IS NULL THEN EXCLUDED.host_region ELSE t.host_region END;
COMMIT;
