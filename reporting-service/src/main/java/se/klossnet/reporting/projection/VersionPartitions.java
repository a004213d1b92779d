package se.klossnet.reporting.projection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;
import se.klossnet.reporting.sql.Jdbc;

/**
 * The partitions of one projection version: every projection table is LIST-partitioned by {@code pv} (V3), and
 * each version has a partition {@code <table>_v<pv>} of every table.
 *
 * <p>A rebuild loads a version of its own, which nothing reads until the swap, so its partitions are built for
 * loading: UNLOGGED (no WAL for the millions of random-key index inserts, only one sequential write of the finished
 * tables when they are set LOGGED at the swap) and without rp_event's index by institution (only queries of the live
 * version use it; it is built in one sorted pass at the swap rather than row by row). A crash of PostgreSQL empties
 * unlogged tables; the version's row in the unlogged {@code projection_build_marker} goes with them, and a version
 * without it cannot be swapped in.
 */
@ApplicationScoped
public class VersionPartitions {

    private static final Logger LOG = Logger.getLogger(VersionPartitions.class);

    /** Every table that carries a projection version, each partitioned by it. */
    static final List<String> TABLES = List.of("rp_event", "rp_programme", "rp_call", "rp_application", "rp_exchange",
            "rp_cost", "rp_outcome", "rp_survey_score", "rp_logbook_entry", "rp_focus_group", "rp_dissemination");

    /**
     * The fact tables whose rows most events update rather than insert (an application's submission, endorsement and
     * decision; an exchange's plan, agreement, start, extensions and end). Their partitions leave half of each page
     * free, so that an update can put the new row version on the same page (a HOT update): no new primary-key entry,
     * and the dead version is pruned in place. Full pages make nearly every update a second index insert.
     */
    static final List<String> UPDATED_IN_PLACE = List.of("rp_application", "rp_exchange", "rp_call");
    private static final int UPDATED_FILLFACTOR = 50;

    private final Jdbc jdbc;
    private final RebuildConfig config;

    public VersionPartitions(Jdbc jdbc, RebuildConfig config) {
        this.jdbc = jdbc;
        this.config = config;
    }

    static String partition(String table, int version) {
        return table + "_v" + version;
    }

    static String eventIndex(int version) {
        return partition("rp_event", version) + "_by_institution";
    }

    /**
     * Creates the (empty) partitions of a new version, in the caller's transaction, so that they exist from the
     * moment the version does. Attaching takes only a SHARE UPDATE EXCLUSIVE lock on each parent table, so live
     * ingest and queries carry on meanwhile.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void createForLoading(int version) {
        boolean unlogged = config.unloggedWhileBuilding();
        for (String table : TABLES) {
            String partition = partition(table, version);
            // LIKE copies the parent's primary key, which the upserts' ON CONFLICT needs from the first row on.
            jdbc.update("CREATE " + (unlogged ? "UNLOGGED " : "") + "TABLE " + partition + " (LIKE " + table
                    + " INCLUDING ALL)" + (UPDATED_IN_PLACE.contains(table)
                    ? " WITH (fillfactor = " + UPDATED_FILLFACTOR + ")" : ""));
            jdbc.update("ALTER TABLE " + table + " ATTACH PARTITION " + partition + " FOR VALUES IN (" + version + ")");
        }
        if (unlogged) {
            jdbc.update("INSERT INTO projection_build_marker (version) VALUES (?)", version);
        }
    }

    /**
     * Makes a loaded version ready to go live: sets its partitions LOGGED (one transaction each: the rewrite locks
     * only that partition, and the live consumer's writes to it wait meanwhile), builds rp_event's index by
     * institution and refreshes the planner's statistics.
     *
     * @throws IllegalStateException when PostgreSQL crashed while the version was unlogged (its rows are gone)
     */
    void finishLoading(int version) throws InterruptedException {
        long start = System.nanoTime();
        boolean wasUnlogged = TABLES.stream().anyMatch(table -> isUnlogged(partition(table, version)));
        // One session per writer: rp_event (the largest, listed first, its index after its rewrite) on one, the
        // other tables on the others.
        List<Callable<Void>> steps = TABLES.stream().map(table -> (Callable<Void>) () -> {
            finish(table, version);
            return null;
        }).toList();
        try (ExecutorService sessions = Executors.newFixedThreadPool(Math.max(1, config.writers()),
                Thread.ofPlatform().name("projection-finish-v" + version + "-", 0).daemon().factory())) {
            for (Future<Void> step : sessions.invokeAll(steps)) {
                try {
                    step.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException failure ? failure
                            : new IllegalStateException(e.getCause());
                }
            }
        }
        if (wasUnlogged) {
            // Checked after the last SET LOGGED: a crash before it would have emptied the marker with the rows.
            boolean intact = QuarkusTransaction.requiringNew().call(() ->
                    jdbc.update("DELETE FROM projection_build_marker WHERE version = ?", version) == 1);
            if (!intact) {
                throw new IllegalStateException("PostgreSQL restarted after a crash while projection version "
                        + version + " was loading: its unlogged tables were emptied, so it is incomplete");
            }
        }
        LOG.infof("projection version %d loaded: set logged, indexed and analysed in %d ms", version,
                (System.nanoTime() - start) / 1_000_000);
    }

    private void finish(String table, int version) {
        String partition = partition(table, version);
        if (isUnlogged(partition)) {
            QuarkusTransaction.requiringNew().run(() -> jdbc.update("ALTER TABLE " + partition + " SET LOGGED"));
        }
        if (table.equals("rp_event")) {
            QuarkusTransaction.requiringNew().run(() -> jdbc.update("CREATE INDEX IF NOT EXISTS " + eventIndex(version)
                    + " ON " + partition + " (institution, occurred_at)"));
        }
        jdbc.update("ANALYZE " + partition);
    }

    /**
     * Drops the partitions of a replaced or failed version, one transaction each (dropping a partition locks its
     * parent table briefly); a drop that waits too long for a query fails and the next purge drops it.
     */
    void drop(int version) {
        for (String table : TABLES) {
            QuarkusTransaction.requiringNew().run(() -> {
                jdbc.update("SET LOCAL lock_timeout = '10s'");
                jdbc.update("DROP TABLE IF EXISTS " + partition(table, version));
            });
        }
        QuarkusTransaction.requiringNew().run(() ->
                jdbc.update("DELETE FROM projection_build_marker WHERE version = ?", version));
    }

    /** Whether the partition exists and is UNLOGGED (false when it does not exist). */
    boolean isUnlogged(String partition) {
        return Boolean.TRUE.equals(jdbc.single("SELECT relpersistence = 'u' FROM pg_class WHERE oid = to_regclass(?)",
                List.of(partition), row -> row.getBoolean(1)));
    }
}
