package se.klossnet.gateway.audit;

import java.time.Instant;

/** An audit entry as admins read it. */
public record AuditView(long id, Instant at, String requestId, String subject, String client, String institution,
                        String method, String route, String path, int status, int durationMs) {
}
