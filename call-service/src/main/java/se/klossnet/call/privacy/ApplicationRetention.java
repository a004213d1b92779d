package se.klossnet.call.privacy;

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
import se.klossnet.platform.privacy.Erased;
import se.klossnet.platform.privacy.RetentionPeriods;

/**
 * Enforces {@code kloss.retention.applications-not-granted.period}: the free text of an application that was not
 * granted (rejected, withdrawn, or not endorsed) is erased once the period has passed since that outcome. The row,
 * its pseudonym, status, dates and amounts stay for the figures. Granted applications are decision records that the
 * archive keeps and are not touched. It logs the count only.
 */
@ApplicationScoped
public class ApplicationRetention {

    public static final String CATEGORY = "applications-not-granted";
    private static final Logger LOG = Logger.getLogger(ApplicationRetention.class);

    private final EntityManager em;
    private final RetentionPeriods periods;
    private final Clock clock;

    public ApplicationRetention(EntityManager em, RetentionPeriods periods, Clock clock) {
        this.em = em;
        this.periods = periods;
        this.clock = clock;
    }

    @Scheduled(every = "${kloss.retention-job.every:6h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        enforce(clock.instant());
    }

    /** Erases what is past its period as of {@code now}; empty when no period is configured. */
    @Transactional
    public Optional<Integer> enforce(Instant now) {
        Optional<Instant> cutOff = periods.cutOff(CATEGORY, now);
        if (cutOff.isEmpty()) {
            return Optional.empty();
        }
        int erased = em.createNativeQuery(CallPersonalData.ERASE_APPLICATION_TEXT
                        + "status IN ('REJECTED', 'WITHDRAWN', 'ENDORSEMENT_DECLINED') "
                        + "AND COALESCE(decided_at, withdrawn_at, endorsement_at) < ?1 AND purpose <> '" + Erased.TEXT + "'")
                .setParameter(1, OffsetDateTime.ofInstant(cutOff.get(), ZoneOffset.UTC)).executeUpdate();
        LOG.infof("retention %s: free text of %d applications erased", CATEGORY, erased);
        return Optional.of(erased);
    }
}
