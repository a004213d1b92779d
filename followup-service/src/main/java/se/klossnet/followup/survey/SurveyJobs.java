package se.klossnet.followup.survey;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.logging.Logger;
import se.klossnet.followup.NodeCalendar;

/**
 * The survey clock: opens scheduled surveys whose day has come (the long-term survey) and marks reminders on
 * surveys that wait for an answer. The work takes the time as a parameter, so it can be tested for any day.
 */
@ApplicationScoped
public class SurveyJobs {

    private static final Logger LOG = Logger.getLogger(SurveyJobs.class);

    private final SurveyDistributionRepository distributions;
    private final SurveyTemplateRepository templates;
    private final SurveyConfig config;
    private final NodeCalendar calendar;

    public SurveyJobs(SurveyDistributionRepository distributions, SurveyTemplateRepository templates,
                      SurveyConfig config, NodeCalendar calendar) {
        this.distributions = distributions;
        this.templates = templates;
        this.config = config;
        this.calendar = calendar;
    }

    @Scheduled(every = "${kloss.followup.survey.job-interval:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        openDue(calendar.today(), calendar.now());
        remind(calendar.now());
    }

    /** Opens every scheduled survey due on or before {@code today}; each in its own transaction. */
    public int openDue(LocalDate today, Instant now) {
        int opened = 0;
        for (UUID id : QuarkusTransaction.requiringNew().call(() -> distributions.dueToOpen(today))) {
            try {
                boolean done = QuarkusTransaction.requiringNew().call(() -> {
                    SurveyDistribution d = distributions.findById(id);
                    if (d == null || d.status() != DistributionStatus.SCHEDULED) {
                        return false; // withdrawn meanwhile
                    }
                    SurveyTemplate template = templates.latest(d.institution(), d.templateKey()).orElseThrow(
                            () -> new IllegalStateException("no questionnaire " + d.templateKey()));
                    d.open(template, now);
                    return true;
                });
                opened += done ? 1 : 0;
            } catch (RuntimeException e) {
                // e.g. withdrawn by a cancellation at this very moment: the next run sees it as it is
                LOG.warnf("survey %s not opened now: %s", id, e.getMessage());
            }
        }
        return opened;
    }

    /** Marks a reminder on open surveys that have waited {@code reminder-after} since they opened or were last reminded. */
    public int remind(Instant now) {
        int reminded = QuarkusTransaction.requiringNew().call(() ->
                distributions.remind(now, now.minus(config.reminderAfter()), config.maxReminders()));
        if (reminded > 0) {
            LOG.infof("%d survey reminder(s) due", reminded);
        }
        return reminded;
    }
}
