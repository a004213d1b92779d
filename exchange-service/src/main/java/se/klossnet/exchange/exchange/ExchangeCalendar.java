package se.klossnet.exchange.exchange;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Starts signed exchanges on their start date and completes ongoing ones after their end date. The work is
 * {@link #advance(LocalDate)}, which takes the date so that it can be run for any day; the schedule only calls it
 * with today. Each exchange changes in its own transaction, so one failure does not hold up the others.
 */
@ApplicationScoped
public class ExchangeCalendar {

    private static final Logger LOG = Logger.getLogger(ExchangeCalendar.class);

    private final ExchangeRepository exchanges;
    private final ExchangeLifecycle lifecycle;
    private final ExchangeClock clock;

    public ExchangeCalendar(ExchangeRepository exchanges, ExchangeLifecycle lifecycle, ExchangeClock clock) {
        this.exchanges = exchanges;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** What one run changed. */
    public record Advance(List<UUID> started, List<UUID> completed) {
    }

    @Scheduled(identity = "exchange-calendar", every = "${kloss.exchange.calendar-interval:15m}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        advance(clock.today());
    }

    public Advance advance(LocalDate today) {
        List<UUID> started = new ArrayList<>();
        List<UUID> completed = new ArrayList<>();
        for (UUID id : io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> exchanges.dueToStart(today))) {
            attempt("start", id, () -> {
                if (lifecycle.startIfDue(id, today)) {
                    started.add(id);
                }
            });
        }
        for (UUID id : io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> exchanges.dueToComplete(today))) {
            attempt("complete", id, () -> {
                if (lifecycle.completeIfDue(id, today)) {
                    completed.add(id);
                }
            });
        }
        if (!started.isEmpty() || !completed.isEmpty()) {
            LOG.infof("calendar for %s: started %d, completed %d exchanges", today, started.size(), completed.size());
        }
        return new Advance(List.copyOf(started), List.copyOf(completed));
    }

    private static void attempt(String what, UUID id, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            // Someone changed it meanwhile (a stale version) or it broke a rule: the next run looks again.
            LOG.warnf("calendar could not %s exchange %s: %s", what, id, e.getMessage());
        }
    }
}
