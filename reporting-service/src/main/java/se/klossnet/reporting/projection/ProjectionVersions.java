package se.klossnet.reporting.projection;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import se.klossnet.platform.problem.StateConflict;
import se.klossnet.reporting.sql.Jdbc;
import se.klossnet.reporting.sql.SqlFailure;

/** The register of projection versions: which one is live, which one is being built, and the swap between them. */
@ApplicationScoped
public class ProjectionVersions {

    private static final String COLUMNS = "version, state, started_at, live_since, retired_at, purged_at, replayed, "
            + "skipped, target, detail";

    private final Jdbc jdbc;
    private final VersionPartitions partitions;

    public ProjectionVersions(Jdbc jdbc, VersionPartitions partitions) {
        this.jdbc = jdbc;
        this.partitions = partitions;
    }

    /** The version every query reads. */
    public int live() {
        Integer live = jdbc.single("SELECT version FROM projection_version WHERE state = 'LIVE'", List.of(),
                row -> row.getInt(1));
        if (live == null) {
            throw new IllegalStateException("no live projection version");
        }
        return live;
    }

    /** The versions that new events go to: the live one and, during a rebuild, the one being built. */
    public List<Integer> active() {
        return jdbc.query("SELECT version FROM projection_version WHERE state IN ('LIVE', 'BUILDING') ORDER BY version",
                List.of(), row -> row.getInt(1));
    }

    public List<ProjectionVersion> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM projection_version ORDER BY version DESC", List.of(),
                ProjectionVersions::map);
    }

    public ProjectionVersion get(int version) {
        return jdbc.single("SELECT " + COLUMNS + " FROM projection_version WHERE version = ?", List.of(version),
                ProjectionVersions::map);
    }

    /**
     * Opens a new version for a rebuild, with its partitions ({@link VersionPartitions#createForLoading}). From the
     * commit on, the live consumer writes every new event to it too.
     *
     * @throws StateConflict when a rebuild is already running
     */
    @Transactional
    public ProjectionVersion startBuilding() {
        if (jdbc.single("SELECT 1 FROM projection_version WHERE state = 'BUILDING'", List.of(), row -> 1) != null) {
            throw new StateConflict("a rebuild is already running");
        }
        try {
            jdbc.update("""
                    INSERT INTO projection_version (version, state)
                    SELECT COALESCE(max(version), 0) + 1, 'BUILDING' FROM projection_version
                    """);
        } catch (SqlFailure e) {
            if (e.isUniqueViolation()) {
                throw new StateConflict("a rebuild is already running");
            }
            throw e;
        }
        ProjectionVersion building = jdbc.single("SELECT " + COLUMNS + " FROM projection_version"
                + " WHERE state = 'BUILDING'", List.of(), ProjectionVersions::map);
        partitions.createForLoading(building.version());
        return building;
    }

    @Transactional
    public void target(int version, long target) {
        jdbc.update("UPDATE projection_version SET target = ? WHERE version = ?", target, version);
    }

    /** Adds a rebuild's progress; called in the transaction that applied the records, so it never over-counts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void progress(int version, long replayed, long skipped) {
        jdbc.update("UPDATE projection_version SET replayed = replayed + ?, skipped = skipped + ? WHERE version = ?",
                replayed, skipped, version);
    }

    /** Makes a fully built version the live one and retires the old one, in one transaction. */
    @Transactional
    public void swapIn(int version, Instant now) {
        int building = jdbc.update("UPDATE projection_version SET state = 'RETIRED', retired_at = ? WHERE state = 'LIVE'"
                + " AND EXISTS (SELECT 1 FROM projection_version WHERE version = ? AND state = 'BUILDING')", now, version);
        int swapped = jdbc.update("UPDATE projection_version SET state = 'LIVE', live_since = ? WHERE version = ?"
                + " AND state = 'BUILDING'", now, version);
        if (building != 1 || swapped != 1) {
            throw new IllegalStateException("projection version " + version + " is not being built");
        }
    }

    @Transactional
    public void fail(int version, String detail, Instant now) {
        jdbc.update("UPDATE projection_version SET state = 'FAILED', retired_at = ?, detail = ? WHERE version = ?"
                + " AND state = 'BUILDING'", now, detail, version);
    }

    /** Versions whose rows can go: retired or failed before {@code before}, and not purged yet. */
    public List<Integer> purgeable(Instant before) {
        return jdbc.query("SELECT version FROM projection_version WHERE state IN ('RETIRED', 'FAILED')"
                + " AND purged_at IS NULL AND retired_at < ? ORDER BY version", List.of(before), row -> row.getInt(1));
    }

    @Transactional
    public void purged(int version, Instant now) {
        jdbc.update("UPDATE projection_version SET purged_at = ? WHERE version = ?", now, version);
    }

    /** A rebuild does not survive a restart: its thread is gone, so its version can never be completed. */
    @Transactional
    void failInterruptedRebuilds(@Observes @Priority(1) StartupEvent event) {
        jdbc.update("UPDATE projection_version SET state = 'FAILED', retired_at = now(),"
                + " detail = 'interrupted by a restart of the service' WHERE state = 'BUILDING'");
    }

    private static ProjectionVersion map(ResultSet row) throws SQLException {
        long target = row.getLong("target");
        Long targetOrNull = row.wasNull() ? null : target;
        return new ProjectionVersion(row.getInt("version"), ProjectionState.valueOf(row.getString("state")),
                Jdbc.instant(row, "started_at"), Jdbc.instant(row, "live_since"), Jdbc.instant(row, "retired_at"),
                Jdbc.instant(row, "purged_at"), row.getLong("replayed"), row.getLong("skipped"), targetOrNull,
                row.getString("detail"));
    }
}
