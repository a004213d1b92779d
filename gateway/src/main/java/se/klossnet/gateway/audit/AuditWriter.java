package se.klossnet.gateway.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Inserts a batch of audit records in one transaction; it never updates or deletes (the table refuses both). */
@ApplicationScoped
class AuditWriter {

    private final AuditRepository entries;

    AuditWriter(AuditRepository entries) {
        this.entries = entries;
    }

    @Transactional
    void append(List<AuditRecord> batch) {
        for (AuditRecord record : batch) {
            entries.persist(new AuditEntry(record));
        }
    }
}
