package se.klossnet.followup.logbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import se.klossnet.followup.NodeCalendar;
import se.klossnet.followup.exchange.ExchangeMilestone;

/**
 * Opens the participant's logbook when the exchange starts. A completion that overtook the start opens it too,
 * since a completed exchange has evidently started. Opening twice is a no-op.
 */
@ApplicationScoped
public class LogbookOpening {

    private final LogbookRepository logbooks;
    private final NodeCalendar calendar;

    public LogbookOpening(LogbookRepository logbooks, NodeCalendar calendar) {
        this.logbooks = logbooks;
        this.calendar = calendar;
    }

    void on(@Observes ExchangeMilestone milestone) {
        if (milestone.kind() == ExchangeMilestone.Kind.CANCELLED) {
            return; // entries stay; the policy closes the logbook for new ones
        }
        if (logbooks.findById(milestone.exchangeId()) == null) {
            logbooks.persist(Logbook.open(milestone.institution(), milestone.exchangeId(), calendar.now()));
        }
    }
}
