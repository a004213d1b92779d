-- call-service: the platform's outbox and inbox come from db/platform; this service's own tables follow from V2.
SELECT 1;
