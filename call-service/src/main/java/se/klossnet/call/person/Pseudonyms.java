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
 * change their username ({@code editUsernameAllowed=false}), and usernames are unique in the realm, so the username
 * alone identifies a person at this node whichever institution it serves them for.
 *
 * <p>This table is the node's person register (issue 10): the exchange- and followup-service ask for a caller's
 * pseudonym at {@code GET /persons/me} instead of allocating their own, so a person has one pseudonym per node.
 */
@ApplicationScoped
public class Pseudonyms {

    private final EntityManager em;
    private final Clock clock;

    public Pseudonyms(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * The pseudonym of a person of {@code institution}, created on first sight. Safe under concurrency: the username
     * is the primary key. The institution is recorded once (a row from before it was recorded gets it now).
     */
    @Transactional
    public String of(String username, String institution) {
        em.createNativeQuery("INSERT INTO pseudonym (username, pseudonym, created_at, institution) "
                        + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (username) DO UPDATE SET institution = EXCLUDED.institution "
                        + "WHERE pseudonym.institution IS NULL")
                .setParameter(1, username)
                .setParameter(2, "psn-" + UUID.randomUUID())
                .setParameter(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(4, institution)
                .executeUpdate();
        return existing(username).orElseThrow();
    }

    /** The pseudonym if the person has one; reads never create one. */
    public Optional<String> existing(String username) {
        List<?> found = em.createNativeQuery("SELECT pseudonym FROM pseudonym WHERE username = ?1")
                .setParameter(1, username).getResultList();
        return found.stream().map(Object::toString).findFirst();
    }

    /**
     * Erases the link between the person and their pseudonym: the username is replaced, the pseudonym stays on
     * every record. Returns the number of rows changed (0 or 1).
     */
    public int erase(String pseudonym) {
        return em.createNativeQuery("UPDATE pseudonym SET username = 'erased:' || pseudonym, erased_at = ?2 "
                        + "WHERE pseudonym = ?1 AND erased_at IS NULL")
                .setParameter(1, pseudonym)
                .setParameter(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
    }

    /**
     * Whether the register knows this pseudonym (erased or not) as a person of {@code institution}: on a node that
     * hosts several institutions, another institution's person is unknown to the caller.
     */
    public boolean knownAt(String institution, String pseudonym) {
        return !em.createNativeQuery("SELECT 1 FROM pseudonym WHERE pseudonym = ?1 AND institution = ?2")
                .setParameter(1, pseudonym).setParameter(2, institution).getResultList().isEmpty();
    }

    /** Usernames for display inside this service, by pseudonym; pseudonyms without a known person are left out. */
    public Map<String, String> usernames(Collection<String> pseudonyms) {
        Map<String, String> names = new HashMap<>();
        if (pseudonyms.isEmpty()) {
            return names;
        }
        List<?> rows = em.createNativeQuery(
                        "SELECT pseudonym, username FROM pseudonym WHERE pseudonym IN (:p) AND erased_at IS NULL")
                .setParameter("p", List.copyOf(pseudonyms)).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            names.put(columns[0].toString(), columns[1].toString());
        }
        return names;
    }
}
