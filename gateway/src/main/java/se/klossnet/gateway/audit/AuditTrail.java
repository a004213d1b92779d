package se.klossnet.gateway.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jboss.logging.Logger;

/**
 * Takes audit records from the event loop without blocking it and writes them in batches on a worker thread. If the
 * database is away, records wait in the bounded queue and are retried; only an overflow drops records, and every
 * dropped one is counted ({@code kloss_gateway_audit_dropped_total}) and logged.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);

    private final BlockingQueue<AuditRecord> pending;
    private final AuditWriter writer;
    private final int batchSize;
    private final Counter dropped;
    private final Counter written;

    AuditTrail(AuditWriter writer, AuditConfig config, MeterRegistry metrics) {
        this.writer = writer;
        this.pending = new ArrayBlockingQueue<>(config.queueCapacity());
        this.batchSize = config.batchSize();
        this.dropped = metrics.counter("kloss_gateway_audit_dropped_total");
        this.written = metrics.counter("kloss_gateway_audit_written_total");
        metrics.gauge("kloss_gateway_audit_pending", pending, BlockingQueue::size);
    }

    /** Queues a record; never blocks. */
    public void record(AuditRecord record) {
        if (!pending.offer(record)) {
            dropped.increment();
            LOG.warnf("audit queue full; dropped the entry of request %s", record.requestId());
        }
    }

    @Scheduled(every = "${kloss.gateway.audit.flush-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flush() {
        List<AuditRecord> batch = new ArrayList<>();
        while (pending.drainTo(batch, batchSize) > 0) {
            try {
                writer.append(batch);
                written.increment(batch.size());
            } catch (RuntimeException e) {
                LOG.warnf("cannot write %d audit entries now (%s); keeping them for the next attempt", batch.size(), e.getMessage());
                batch.forEach(this::record); // back into the queue; overflow is counted as dropped
                return;
            }
            batch.clear();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        flush();
    }
}
