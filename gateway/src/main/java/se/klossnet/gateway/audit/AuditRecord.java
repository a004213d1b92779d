package se.klossnet.gateway.audit;

import java.time.Instant;

/**
 * What the gateway remembers of one request. Pseudonymous ids only; the path has no query string and any segment
 * that looks like a personal identifier is redacted ({@link AuditPaths}).
 */
public record AuditRecord(Instant at, String requestId, String subject, String client, String institution,
                          String method, String route, String path, int status, int durationMs) {
}
