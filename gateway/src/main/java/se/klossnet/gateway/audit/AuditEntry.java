package se.klossnet.gateway.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One row of the append-only audit log (see V2__audit.sql). Written once, never updated. */
@Entity
@Immutable
@Table(name = "gateway_audit")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;

    @Column(name = "request_id")
    private String requestId;

    private String subject;
    private String client;
    private String institution;
    private String method;
    private String route;
    private String path;
    private int status;

    @Column(name = "duration_ms")
    private int durationMs;

    protected AuditEntry() {
    }

    AuditEntry(AuditRecord r) {
        this.at = r.at();
        this.requestId = r.requestId();
        this.subject = r.subject();
        this.client = r.client();
        this.institution = r.institution();
        this.method = r.method();
        this.route = r.route();
        this.path = r.path();
        this.status = r.status();
        this.durationMs = r.durationMs();
    }

    AuditView view() {
        return new AuditView(id, at, requestId, subject, client, institution, method, route, path, status, durationMs);
    }
}
