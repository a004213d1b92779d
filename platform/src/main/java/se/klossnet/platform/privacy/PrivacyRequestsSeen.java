package se.klossnet.platform.privacy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The privacy requests a service has answered: which person a request id is about, at which institution, so that
 * its REST part of an export can be served to the right callers only. Kept in the service's own
 * {@code privacy_request_seen} table, which each service that uses this creates in its own Flyway migrations.
 *
 * <p>A plain class, not a bean: services without that table (the hub, the gateway) must not get one. A service
 * constructs it for its own beans.
 */
public class PrivacyRequestsSeen {

    /** @param kind EXPORT or ERASURE */
    public record Seen(String requestId, String institution, String kind, String personPseudonym) {
    }

    private final EntityManager em;

    public PrivacyRequestsSeen(EntityManager em) {
        this.em = em;
    }

    /** Records the request once; a repeat of the same request id changes nothing. */
    public void record(Seen seen, Instant at) {
        em.createNativeQuery("INSERT INTO privacy_request_seen (request_id, institution, kind, person_pseudonym, seen_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (request_id) DO NOTHING")
                .setParameter(1, seen.requestId()).setParameter(2, seen.institution()).setParameter(3, seen.kind())
                .setParameter(4, seen.personPseudonym()).setParameter(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .executeUpdate();
    }

    public Optional<Seen> find(String requestId) {
        List<?> rows = em.createNativeQuery("SELECT request_id, institution, kind, person_pseudonym "
                + "FROM privacy_request_seen WHERE request_id = ?1").setParameter(1, requestId).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Seen((String) r[0], (String) r[1], (String) r[2], (String) r[3])).findFirst();
    }
}
