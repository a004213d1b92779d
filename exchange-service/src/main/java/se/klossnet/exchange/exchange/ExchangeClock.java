package se.klossnet.exchange.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Today's date where the institutions are: exchanges start and end on Swedish calendar days, not UTC ones. */
@ApplicationScoped
public class ExchangeClock {

    private final Clock clock;
    private final ZoneId zone;

    public ExchangeClock(Clock clock, @ConfigProperty(name = "kloss.exchange.zone", defaultValue = "Europe/Stockholm") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public ZoneId zone() {
        return zone;
    }
}
