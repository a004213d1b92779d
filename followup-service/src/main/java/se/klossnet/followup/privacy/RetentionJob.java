package se.klossnet.followup.privacy;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import se.klossnet.platform.privacy.RetentionPeriods;

/**
 * Enforces this service's retention periods (kloss.retention.&lt;category&gt;.period), counted from when the record
 * was written:
 * <ul>
 *   <li>{@code logbooks}: logbook entries are deleted (the logbook's entry count, and the published
 *       LogbookEntryAdded events, keep the figures);</li>
 *   <li>{@code survey-free-text}: the words in survey answers are erased; numbers and the scores stay.</li>
 * </ul>
 * It logs each action with category and count only.
 */
@ApplicationScoped
public class RetentionJob {

    public static final String LOGBOOKS = "logbooks";
    public static final String SURVEY_FREE_TEXT = "survey-free-text";
    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final EntityManager em;
    private final RetentionPeriods periods;
    private final Clock clock;

    public RetentionJob(EntityManager em, RetentionPeriods periods, Clock clock) {
        this.em = em;
        this.periods = periods;
        this.clock = clock;
    }

    @Scheduled(every = "${kloss.retention-job.every:6h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        enforce(clock.instant());
    }

    /** Applies every configured period as of {@code now}; returns the rows removed or erased per category. */
    @Transactional
    public Map<String, Integer> enforce(Instant now) {
        Map<String, Integer> done = new LinkedHashMap<>();
        cutOff(LOGBOOKS, now).ifPresent(cutOff -> done.put(LOGBOOKS, em.createNativeQuery(
                "DELETE FROM logbook_entry WHERE created_at < ?1").setParameter(1, cutOff).executeUpdate()));
        cutOff(SURVEY_FREE_TEXT, now).ifPresent(cutOff -> done.put(SURVEY_FREE_TEXT, em.createNativeQuery(
                "UPDATE survey_response SET answers = " + SurveyText.ERASE_TEXT_ANSWERS + " WHERE answered_at < ?1 AND "
                        + SurveyText.HAS_TEXT).setParameter(1, cutOff).executeUpdate()));
        done.forEach((category, count) -> LOG.infof("retention %s: %d records past their period removed", category,
                count));
        return done;
    }

    private Optional<OffsetDateTime> cutOff(String category, Instant now) {
        return periods.cutOff(category, now).map(at -> OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }
}
