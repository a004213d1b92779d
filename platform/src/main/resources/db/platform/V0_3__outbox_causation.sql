-- What caused each event: the W3C trace context and the HTTP request id, published as ce_traceparent,
-- ce_tracestate and ce_requestid so that one request can be followed across services and Kafka.
ALTER TABLE kloss_outbox ADD COLUMN trace_state TEXT;
ALTER TABLE kloss_outbox ADD COLUMN request_id TEXT;
