-- The gateway's audit log: one row per request, who (pseudonymous subject and client), which institution, what
-- (method, route, path without query), when, and the result. No bodies, no query strings, no names.
CREATE TABLE gateway_audit (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz  NOT NULL,
    request_id  varchar(128) NOT NULL,
    subject     varchar(255),
    client      varchar(255),
    institution varchar(64),
    method      varchar(16)  NOT NULL,
    route       varchar(64)  NOT NULL,
    path        varchar(512) NOT NULL,
    status      integer      NOT NULL,
    duration_ms integer      NOT NULL
);

CREATE INDEX gateway_audit_institution_at ON gateway_audit (institution, at DESC, id DESC);
CREATE INDEX gateway_audit_at ON gateway_audit (at DESC, id DESC);
CREATE INDEX gateway_audit_request_id ON gateway_audit (request_id);

-- Append-only: rows can be inserted and read, never changed or removed by the application. The trigger holds even
-- for the table's owner; retention (dropping old rows) is an operator's job that disables it explicitly.
CREATE FUNCTION gateway_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'gateway_audit is append-only; % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER gateway_audit_no_update_or_delete BEFORE UPDATE OR DELETE ON gateway_audit
    FOR EACH ROW EXECUTE FUNCTION gateway_audit_append_only();
CREATE TRIGGER gateway_audit_no_truncate BEFORE TRUNCATE ON gateway_audit
    FOR EACH STATEMENT EXECUTE FUNCTION gateway_audit_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON gateway_audit FROM PUBLIC;
