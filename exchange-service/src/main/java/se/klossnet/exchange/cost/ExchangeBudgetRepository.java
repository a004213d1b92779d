package se.klossnet.exchange.cost;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ExchangeBudgetRepository implements PanacheRepositoryBase<ExchangeBudget, UUID> {
}
