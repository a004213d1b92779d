package se.klossnet.followup.survey;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Timing of surveys and their links. */
@ConfigMapping(prefix = "kloss.followup.survey")
public interface SurveyConfig {

    /** How long a response link works after it is issued. */
    @WithDefault("P30D")
    Duration linkValidity();

    /** Months after completion that the long-term survey opens. */
    @WithDefault("12")
    int longTermAfterMonths();

    /** How long an open survey waits for an answer before (each) reminder. */
    @WithDefault("P7D")
    Duration reminderAfter();

    /** The most reminders sent for one survey. */
    @WithDefault("2")
    int maxReminders();

    /** The public base URL that response links start with (the node's gateway). */
    @WithDefault("http://127.0.0.1:8080")
    String publicBaseUrl();

    /** How often the survey clock runs (opening due surveys, marking reminders), e.g. {@code 1h}. */
    @WithDefault("1h")
    String jobInterval();
}
