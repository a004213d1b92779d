package se.klossnet.exchange.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import se.klossnet.exchange.access.Caller;
import se.klossnet.platform.privacy.PersonRegisterClient;

/**
 * Account holders' pseudonyms as the node's person register gave them, cached here. People without an account
 * (affiliates registered by name, host contacts) are not in the register: an INBOUND registration gets a random
 * local pseudonym of its own (see {@code Exchange.registerAffiliation}).
 */
@ApplicationScoped
public class ExchangePersons {

    private final EntityManager em;
    private final PersonRegisterClient register;
    private final Clock clock;

    public ExchangePersons(EntityManager em, PersonRegisterClient register, Clock clock) {
        this.em = em;
        this.register = register;
        this.clock = clock;
    }

    /** The caller's pseudonym: from the cache, or asked of the register with the caller's own token. */
    @Transactional
    public String pseudonymOf(Caller caller) {
        Optional<String> cached = cached(caller.institution(), caller.username());
        if (cached.isPresent()) {
            return cached.get();
        }
        String pseudonym = register.pseudonymOf(caller.token());
        em.createNativeQuery("INSERT INTO person (institution, username, pseudonym, cached_at) VALUES (?1, ?2, ?3, ?4) "
                        + "ON CONFLICT (institution, username) DO NOTHING")
                .setParameter(1, caller.institution()).setParameter(2, caller.username()).setParameter(3, pseudonym)
                .setParameter(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).executeUpdate();
        return pseudonym;
    }

    /** The usernames this service has seen for a pseudonym (not yet erased). */
    public List<String> usernamesOf(String pseudonym) {
        return em.createNativeQuery("SELECT username FROM person WHERE pseudonym = ?1 AND username NOT LIKE 'erased:%'")
                .setParameter(1, pseudonym).getResultList().stream().map(Object::toString).toList();
    }

    int erase(String pseudonym) {
        return em.createNativeQuery("UPDATE person SET username = 'erased:' || pseudonym WHERE pseudonym = ?1 "
                + "AND username NOT LIKE 'erased:%'").setParameter(1, pseudonym).executeUpdate();
    }

    private Optional<String> cached(String institution, String username) {
        List<?> rows = em.createNativeQuery("SELECT pseudonym FROM person WHERE institution = ?1 AND username = ?2")
                .setParameter(1, institution).setParameter(2, username).getResultList();
        return rows.stream().map(Object::toString).findFirst();
    }
}
