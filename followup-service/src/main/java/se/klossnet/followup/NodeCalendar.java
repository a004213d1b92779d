package se.klossnet.followup;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The node's notion of "now" and "today". Dates such as "written on" or "occurred on" are Swedish calendar dates,
 * so "today" is taken in Europe/Stockholm, not UTC (which is still yesterday just after midnight).
 */
@ApplicationScoped
public class NodeCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final Clock clock;

    public NodeCalendar(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
