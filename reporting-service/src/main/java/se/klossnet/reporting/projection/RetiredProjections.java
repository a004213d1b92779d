package se.klossnet.reporting.projection;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import se.klossnet.reporting.sql.Jdbc;

/**
 * Deletes the rows of replaced and failed projection versions once their grace period is over. The grace lets a
 * query that read the old version number just before a swap finish on complete data.
 */
@ApplicationScoped
public class RetiredProjections {

    private static final Logger LOG = Logger.getLogger(RetiredProjections.class);

    /** Every table that carries a projection version. */
    static final List<String> TABLES = List.of("rp_event", "rp_programme", "rp_call", "rp_application", "rp_exchange",
            "rp_cost", "rp_outcome", "rp_survey_score", "rp_logbook_entry", "rp_focus_group", "rp_dissemination");

    private final ProjectionVersions versions;
    private final Jdbc jdbc;
    private final RebuildConfig config;
    private final Clock clock;

    public RetiredProjections(ProjectionVersions versions, Jdbc jdbc, RebuildConfig config, Clock clock) {
        this.versions = versions;
        this.jdbc = jdbc;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${kloss.reporting.rebuild.purge-every:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        purge(clock.instant());
    }

    /** Purges every version retired before {@code now} minus the grace; returns the versions purged. */
    public List<Integer> purge(Instant now) {
        List<Integer> purgeable = versions.purgeable(now.minus(config.retiredGrace()));
        for (int version : purgeable) {
            purgeVersion(version, now);
        }
        return purgeable;
    }

    private void purgeVersion(int version, Instant now) {
        long rows = QuarkusTransaction.requiringNew().call(() -> {
            long deleted = 0;
            for (String table : TABLES) {
                deleted += jdbc.update("DELETE FROM " + table + " WHERE pv = ?", version);
            }
            versions.purged(version, now);
            return deleted;
        });
        LOG.infof("purged projection version %d (%d rows)", version, rows);
    }
}
