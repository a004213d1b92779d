package se.klossnet.reporting.projection;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Drops the partitions of replaced and failed projection versions once their grace period is over. The grace lets a
 * query that read the old version number just before a swap finish on complete data.
 */
@ApplicationScoped
public class RetiredProjections {

    private static final Logger LOG = Logger.getLogger(RetiredProjections.class);

    private final ProjectionVersions versions;
    private final VersionPartitions partitions;
    private final RebuildConfig config;
    private final Clock clock;

    public RetiredProjections(ProjectionVersions versions, VersionPartitions partitions, RebuildConfig config,
                              Clock clock) {
        this.versions = versions;
        this.partitions = partitions;
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

    /** Drops the version's partitions (far cheaper than deleting its rows), then marks it purged. */
    private void purgeVersion(int version, Instant now) {
        partitions.drop(version);
        versions.purged(version, now);
        LOG.infof("purged projection version %d (dropped its partitions)", version);
    }
}
