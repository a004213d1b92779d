package se.klossnet.call.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The coordinator's table of requests and confirmations. */
@ApplicationScoped
public class PrivacyRequests {

    private final EntityManager em;
    private final ObjectMapper json;

    public PrivacyRequests(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    void insert(PrivacyRequest request) {
        try {
            em.createNativeQuery("INSERT INTO privacy_request (id, institution, kind, person_pseudonym, requested_by, "
                            + "requested_at, expected_services) VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS jsonb))")
                    .setParameter(1, request.id()).setParameter(2, request.institution())
                    .setParameter(3, request.kind().name()).setParameter(4, request.personPseudonym())
                    .setParameter(5, request.requestedBy()).setParameter(6, utc(request.requestedAt()))
                    .setParameter(7, json.writeValueAsString(request.expectedServices())).executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<PrivacyRequest> find(UUID id) {
        List<?> rows = em.createNativeQuery("SELECT id, institution, kind, person_pseudonym, requested_by, requested_at, "
                + "expected_services::text FROM privacy_request WHERE id = ?1").setParameter(1, id).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(this::request).findFirst();
    }

    /** Records a service's answer once; a redelivered confirmation changes nothing. */
    void confirm(UUID requestId, Confirmation c) {
        if (find(requestId).isEmpty()) {
            return; // another node's coordinator, or a request from before this table existed
        }
        em.createNativeQuery("INSERT INTO privacy_confirmation (request_id, service, outcome, item_count, rule, "
                        + "confirmed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (request_id, service) DO NOTHING")
                .setParameter(1, requestId).setParameter(2, c.service()).setParameter(3, c.outcome())
                .setParameter(4, c.itemCount()).setParameter(5, c.rule()).setParameter(6, utc(c.confirmedAt()))
                .executeUpdate();
    }

    List<Confirmation> confirmations(UUID requestId) {
        List<Confirmation> all = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT service, outcome, item_count, rule, confirmed_at "
                + "FROM privacy_confirmation WHERE request_id = ?1 ORDER BY service").setParameter(1, requestId)
                .getResultList()) {
            Object[] c = (Object[]) row;
            all.add(new Confirmation((String) c[0], (String) c[1], c[2] == null ? null : ((Number) c[2]).intValue(),
                    (String) c[3], instant(c[4])));
        }
        return all;
    }

    private PrivacyRequest request(Object[] r) {
        try {
            return new PrivacyRequest((UUID) r[0], (String) r[1], PrivacyRequest.Kind.valueOf((String) r[2]),
                    (String) r[3], (String) r[4], instant(r[5]),
                    json.readValue((String) r[6], new TypeReference<List<String>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
