package se.klossnet.exchange.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import se.klossnet.exchange.access.Caller;
import se.klossnet.exchange.host.HostOrganisationView;
import se.klossnet.exchange.host.HostRegister;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.scope.Roles;

/** Reading exchanges as the caller may see them. */
@ApplicationScoped
public class ExchangeQueries {

    private final ExchangeRepository exchanges;
    private final ExchangeDirectory directory;
    private final HostRegister hosts;

    public ExchangeQueries(ExchangeRepository exchanges, ExchangeDirectory directory, HostRegister hosts) {
        this.exchanges = exchanges;
        this.directory = directory;
        this.hosts = hosts;
    }

    public ExchangeView get(Caller caller, UUID id) {
        return view(directory.readable(caller, id));
    }

    public ExchangeView view(Exchange exchange) {
        return ExchangeView.of(exchange, HostOrganisationView.of(hosts.find(exchange.institution(), exchange.hostId())));
    }

    public Page<ExchangeView> search(Caller caller, ExchangeRepository.Filter filter, int page, int size) {
        var audience = new ExchangeRepository.Audience(caller.institution(), caller.username(),
                caller.seesWholeInstitution(), caller.has(Roles.STAFF), caller.has(Roles.MANAGER));
        var query = exchanges.search(audience, filter).page(page, size);
        return new Page<>(query.list().stream().map(this::view).toList(), page, size, query.count());
    }
}
