package se.klossnet.followup.exchange;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ParticipantLinkRepository implements PanacheRepositoryBase<ParticipantLink, String> {
}
