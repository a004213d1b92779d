package se.klossnet.followup.logbook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class LogbookRepository implements PanacheRepositoryBase<Logbook, String> {
}
