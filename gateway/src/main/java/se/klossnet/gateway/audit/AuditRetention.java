package se.klossnet.gateway.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jboss.logging.Logger;
import se.klossnet.platform.privacy.RetentionPeriods;

/**
 * Deletes audit entries older than {@code kloss.retention.audit-log.period}. The table's trigger lets only this
 * delete through: the job names its cut-off in the transaction, and rows newer than it stay protected.
 */
@ApplicationScoped
public class AuditRetention {

    public static final String CATEGORY = "audit-log";
    private static final Logger LOG = Logger.getLogger(AuditRetention.class);

    private final EntityManager em;
    private final RetentionPeriods periods;
    private final Clock clock;

    public AuditRetention(EntityManager em, RetentionPeriods periods, Clock clock) {
        this.em = em;
        this.periods = periods;
        this.clock = clock;
    }

    @Scheduled(every = "${kloss.retention-job.every:6h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        enforce(clock.instant());
    }

    /** Deletes the entries past their period as of {@code now}; empty when no period is configured. */
    @Transactional
    public Optional<Integer> enforce(Instant now) {
        Optional<Instant> cutOff = periods.cutOff(CATEGORY, now);
        if (cutOff.isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime before = OffsetDateTime.ofInstant(cutOff.get(), ZoneOffset.UTC);
        em.createNativeQuery("SELECT set_config('kloss.audit_retention_before', ?1, true)")
                .setParameter(1, before.toString()).getSingleResult();
        int deleted = em.createNativeQuery("DELETE FROM gateway_audit WHERE at < ?1").setParameter(1, before)
                .executeUpdate();
        LOG.infof("retention %s: %d entries before %s removed", CATEGORY, deleted, before);
        return Optional.of(deleted);
    }
}
