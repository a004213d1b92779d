package se.klossnet.call.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * This service's map from a person's username to a random pseudonym. Events and every other table carry the
 * pseudonym only. A pseudonym is random (never derived from the identity), so nobody can recompute it from a name.
 *
 * <p>Keyed by the token's {@code preferred_username} rather than its {@code sub}: coordinators assign reviewers by
 * username before those reviewers have ever called the service. Keycloak's realm {@code kloss} does not let users
 * change their username ({@code editUsernameAllowed=false}). Issue 10 replaces this per-service table with the
 * platform's pseudonymisation.
 */
@ApplicationScoped
public class Pseudonyms {

    private final EntityManager em;
    private final Clock clock;

    public Pseudonyms(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The person's pseudonym, created on first sight. Safe under concurrency: the username is the primary key. */
    @Transactional
    public String of(String username) {
        em.createNativeQuery("INSERT INTO pseudonym (username, pseudonym, created_at) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT (username) DO NOTHING")
                .setParameter(1, username)
                .setParameter(2, "psn-" + UUID.randomUUID())
                .setParameter(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
        return existing(username).orElseThrow();
    }

    /** The pseudonym if the person has one; reads never create one. */
    public Optional<String> existing(String username) {
        List<?> found = em.createNativeQuery("SELECT pseudonym FROM pseudonym WHERE username = ?1")
                .setParameter(1, username).getResultList();
        return found.stream().map(Object::toString).findFirst();
    }

    /** Usernames for display inside this service, by pseudonym; pseudonyms without a known person are left out. */
    public Map<String, String> usernames(Collection<String> pseudonyms) {
        Map<String, String> names = new HashMap<>();
        if (pseudonyms.isEmpty()) {
            return names;
        }
        List<?> rows = em.createNativeQuery("SELECT pseudonym, username FROM pseudonym WHERE pseudonym IN (:p)")
                .setParameter("p", List.copyOf(pseudonyms)).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            names.put(columns[0].toString(), columns[1].toString());
        }
        return names;
    }
}
