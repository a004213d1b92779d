package se.klossnet.call.call;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Closes open calls whose deadline has passed. Runs every {@code kloss.call.deadline-check} (10 s); submissions are
 * refused from the deadline on regardless, so the interval only delays the {@code CallClosed} event.
 */
@ApplicationScoped
public class CallDeadlines {

    private static final Logger LOG = Logger.getLogger(CallDeadlines.class);

    private final CallRepository calls;
    private final CallLifecycle lifecycle;
    private final Clock clock;

    public CallDeadlines(CallRepository calls, CallLifecycle lifecycle, Clock clock) {
        this.calls = calls;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Scheduled(identity = "call-deadlines", every = "${kloss.call.deadline-check:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        closeDue(clock.instant());
    }

    /**
     * Closes every call due at {@code now}, each in its own transaction, so that one failure does not hold up the
     * others (the next run retries it).
     *
     * @return how many calls this run closed
     */
    public int closeDue(Instant now) {
        int closed = 0;
        for (UUID id : calls.dueAt(now)) {
            try {
                if (lifecycle.closeAtDeadline(id, now)) {
                    closed++;
                    LOG.infof("closed call %s at its deadline", id);
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "could not close call %s at its deadline; the next run retries", id);
            }
        }
        return closed;
    }
}
