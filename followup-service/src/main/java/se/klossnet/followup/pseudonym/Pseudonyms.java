package se.klossnet.followup.pseudonym;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import se.klossnet.platform.privacy.PersonRegisterClient;

/**
 * Account holders' pseudonyms, as the node's person register (the call-service) gave them: one pseudonym per person
 * and node, {@code psn-} and a random UUID, never derived from the name. The register is asked with the person's own
 * token the first time this service meets them; the answer is cached here and never changes.
 *
 * <p>A coordinator can link an account to an exchange before its owner has called this service. That account gets a
 * placeholder pseudonym, which is replaced by the register's (in the link and everything the placeholder touched) when
 * the person first calls. Host contacts have no account and are never in this table.
 */
@ApplicationScoped
public class Pseudonyms {

    /** The scheme of the register's pseudonyms, which the call and exchange events carry. */
    static final String PREFIX = "psn-";

    /** The tables and columns that hold a person's pseudonym in this service, for re-keying a placeholder. */
    private static final List<String> PERSON_COLUMNS = List.of("participant_link.pseudonym", "logbook_entry.author",
            "outcome.reported_by", "dissemination_activity.recorded_by");

    private final EntityManager em;
    private final PersonRegisterClient register;

    public Pseudonyms(EntityManager em, PersonRegisterClient register) {
        this.em = em;
        this.register = register;
    }

    /** The caller's pseudonym: cached, or asked of the register with {@code token} (the caller's own). */
    @Transactional
    public String of(String institution, String username, Supplier<String> token) {
        Object[] row = row(institution, username);
        if (row != null && Boolean.TRUE.equals(row[1])) {
            return (String) row[0];
        }
        String pseudonym = register.pseudonymOf(token.get());
        if (row == null) {
            em.createNativeQuery("INSERT INTO pseudonym (institution, username, pseudonym, from_register) "
                            + "VALUES (?1, ?2, ?3, TRUE) ON CONFLICT (institution, username) DO NOTHING")
                    .setParameter(1, institution).setParameter(2, username).setParameter(3, pseudonym).executeUpdate();
        } else {
            rekey((String) row[0], pseudonym);
            em.createNativeQuery("UPDATE pseudonym SET pseudonym = ?3, from_register = TRUE "
                            + "WHERE institution = ?1 AND username = ?2")
                    .setParameter(1, institution).setParameter(2, username).setParameter(3, pseudonym).executeUpdate();
        }
        return (String) row(institution, username)[0];
    }

    /**
     * The pseudonym to link {@code username} under, for a coordinator naming someone else: the register's if this
     * service has met the person, otherwise a placeholder until it does.
     */
    @Transactional
    public String forLink(String institution, String username) {
        em.createNativeQuery("INSERT INTO pseudonym (institution, username, pseudonym, from_register) "
                        + "VALUES (?1, ?2, ?3, FALSE) ON CONFLICT (institution, username) DO NOTHING")
                .setParameter(1, institution).setParameter(2, username).setParameter(3, PREFIX + UUID.randomUUID())
                .executeUpdate();
        return (String) row(institution, username)[0];
    }

    /** Cuts the link between a person and their pseudonym; returns the rows changed. */
    public int erase(String pseudonym) {
        return em.createNativeQuery("UPDATE pseudonym SET username = 'erased:' || pseudonym WHERE pseudonym = ?1 "
                + "AND username NOT LIKE 'erased:%'").setParameter(1, pseudonym).executeUpdate();
    }

    private void rekey(String placeholder, String pseudonym) {
        for (String column : PERSON_COLUMNS) {
            String[] parts = column.split("\\.");
            em.createNativeQuery("UPDATE " + parts[0] + " SET " + parts[1] + " = ?2 WHERE " + parts[1] + " = ?1")
                    .setParameter(1, placeholder).setParameter(2, pseudonym).executeUpdate();
        }
    }

    private Object[] row(String institution, String username) {
        List<?> rows = em.createNativeQuery("SELECT pseudonym, from_register FROM pseudonym "
                + "WHERE institution = ?1 AND username = ?2").setParameter(1, institution).setParameter(2, username)
                .getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }
}
