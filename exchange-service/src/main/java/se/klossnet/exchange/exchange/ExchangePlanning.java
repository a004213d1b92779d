package se.klossnet.exchange.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import org.jboss.logging.Logger;
import se.klossnet.events.call.ApplicationGranted;
import se.klossnet.exchange.host.HostOrganisation;
import se.klossnet.exchange.host.HostRegister;

/** Planning the exchange that a grant decided. */
@ApplicationScoped
public class ExchangePlanning {

    private static final Logger LOG = Logger.getLogger(ExchangePlanning.class);

    private final ExchangeRepository exchanges;
    private final HostRegister hosts;
    private final ExchangeJournal journal;
    private final Clock clock;

    public ExchangePlanning(ExchangeRepository exchanges, HostRegister hosts, ExchangeJournal journal, Clock clock) {
        this.exchanges = exchanges;
        this.hosts = hosts;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * Creates the exchange in PLANNED and announces it. The inbox already drops a redelivered event; a second,
     * different event for the same application (which the call-service never sends) changes nothing either.
     */
    @Transactional(TxType.MANDATORY)
    public void planFromGrant(String institution, ApplicationGranted grant) {
        if (grant.plannedEnd().isBefore(grant.plannedStart()) || grant.extentPercent() < 1 || grant.extentPercent() > 100
                || grant.grantedSek().signum() < 0) {
            throw new IllegalArgumentException("grant of application " + grant.applicationId()
                    + " has an impossible period, extent or amount");
        }
        if (exchanges.byApplication(institution, grant.applicationId()).isPresent()) {
            LOG.infof("application %s of %s is already planned; ignoring a second grant event",
                    grant.applicationId(), institution);
            return;
        }
        HostOrganisation host = hosts.registerFromEvent(institution, grant.host());
        Exchange exchange = Exchange.planFromGrant(institution, grant, host.id(), clock.instant());
        exchanges.persist(exchange);
        journal.record(exchange, exchange.plannedEvent(host.asEvent()));
    }
}
