package se.klossnet.exchange.agreement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SigningLinkRepository implements PanacheRepositoryBase<SigningLink, UUID> {

    Optional<SigningLink> byTokenHash(String tokenSha256) {
        return find("tokenSha256", tokenSha256).firstResultOptional();
    }

    List<SigningLink> open(UUID exchangeId, SigningParty party) {
        return list("exchangeId = ?1 and party = ?2 and usedAt is null and revokedAt is null", exchangeId, party);
    }
}
