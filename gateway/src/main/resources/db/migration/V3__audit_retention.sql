-- Issue 10: the audit log has a retention period (kloss.retention.audit-log.period). The log stays append-only; the
-- one exception is the retention job, which names its cut-off in the transaction (kloss.audit_retention_before) and
-- may then delete rows older than that, and only those. UPDATE and TRUNCATE stay forbidden.
CREATE OR REPLACE FUNCTION gateway_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE'
       AND OLD.at < NULLIF(current_setting('kloss.audit_retention_before', true), '')::timestamptz THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'gateway_audit is append-only; % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
