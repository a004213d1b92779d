package se.klossnet.followup.exchange;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class GrantRepository implements PanacheRepositoryBase<Grant, String> {

    /** The grant behind an exchange, when the exchange came from an application and its grant has arrived. */
    public Optional<Grant> of(FollowedExchange exchange) {
        return exchange.applicationId() == null ? Optional.empty() : findByIdOptional(exchange.applicationId());
    }

    Map<String, Grant> byApplication(Collection<String> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        List<Grant> grants = list("applicationId in ?1", applicationIds);
        return grants.stream().collect(Collectors.toMap(Grant::applicationId, Function.identity()));
    }
}
