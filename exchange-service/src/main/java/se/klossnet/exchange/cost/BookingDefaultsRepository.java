package se.klossnet.exchange.cost;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BookingDefaultsRepository implements PanacheRepositoryBase<BookingDefaults, BookingDefaults.Key> {
}
