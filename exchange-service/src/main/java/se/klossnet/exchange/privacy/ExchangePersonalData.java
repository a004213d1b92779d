package se.klossnet.exchange.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.klossnet.platform.privacy.Erased;
import se.klossnet.platform.privacy.PersonalData;
import se.klossnet.platform.privacy.PersonalRows;

/**
 * What the exchange-service holds about a person and how it erases it. The person's exchanges are those whose
 * participant pseudonym is theirs (from the grant) or whose participant account is one of their usernames (cached
 * from the register). Erasure keeps every exchange's pseudonym, dates, extent, amounts, host organisation and
 * costs (the national figures and the books), and removes names, e-mail addresses, accounts, free text, the rendered
 * agreement text (its SHA-256 stays as proof of what was signed) and the HR notices' personal details.
 */
@ApplicationScoped
public class ExchangePersonalData implements PersonalData {

    private static final String ERASED = "'" + Erased.TEXT + "'";
    private static final String OF_PERSON = "(participant_pseudonym = ?1 OR participant_account = ANY(CAST(?2 AS text[])))";

    private final EntityManager em;
    private final ObjectMapper json;
    private final ExchangePersons persons;
    private final AccountingRecordsRule accounting;

    public ExchangePersonalData(EntityManager em, ObjectMapper json, ExchangePersons persons,
                                AccountingRecordsRule accounting) {
        this.em = em;
        this.json = json;
        this.persons = persons;
        this.accounting = accounting;
    }

    @Override
    public PersonalRows export(String person) {
        String usernames = array(persons.usernamesOf(person));
        String exchanges = "SELECT id FROM exchange WHERE " + OF_PERSON;
        return new PersonalRows(em, json)
                .add("register", "SELECT to_jsonb(p)::text FROM person p WHERE pseudonym = ?1", person)
                .add("exchanges", "SELECT to_jsonb(e)::text FROM exchange e WHERE " + OF_PERSON + " ORDER BY created_at",
                        person, usernames)
                .add("agreements", "SELECT to_jsonb(a)::text FROM agreement_version a WHERE exchange_id IN ("
                        + exchanges + ") ORDER BY exchange_id, number", person, usernames)
                .add("signatures", "SELECT to_jsonb(s)::text FROM agreement_signature s JOIN agreement_version a "
                        + "ON a.id = s.agreement_id WHERE a.exchange_id IN (" + exchanges + ") ORDER BY s.signed_at",
                        person, usernames)
                .add("costs", "SELECT to_jsonb(c)::text FROM cost_entry c WHERE exchange_id IN (" + exchanges
                        + ") ORDER BY booked_on", person, usernames)
                .add("hrNotices", "SELECT to_jsonb(h)::text FROM hr_notice h WHERE exchange_id IN (" + exchanges
                        + ") ORDER BY created_at", person, usernames)
                .add("managedRegistrations", "SELECT jsonb_build_object('exchangeId', id, 'hostManager', host_manager)"
                        + "::text FROM exchange WHERE host_manager = ANY(CAST(?1 AS text[]))", usernames);
    }

    /** Whether this service knows the person at {@code institution}: as a participant or as a caller. */
    public boolean knows(String institution, String person) {
        return !em.createNativeQuery("SELECT 1 FROM exchange WHERE institution = ?1 AND participant_pseudonym = ?2 "
                        + "UNION ALL SELECT 1 FROM person WHERE institution = ?1 AND pseudonym = ?2")
                .setParameter(1, institution).setParameter(2, person).setMaxResults(1).getResultList().isEmpty();
    }

    /** The rules that keep this service from erasing the person today: empty when erasure may go ahead. */
    public List<Hold> holds(String person) {
        String usernames = array(persons.usernamesOf(person));
        Object latest = em.createNativeQuery("SELECT max(booked_on) FROM cost_entry WHERE exchange_id IN "
                + "(SELECT id FROM exchange WHERE " + OF_PERSON + ")").setParameter(1, person)
                .setParameter(2, usernames).getSingleResult();
        LocalDate booked = latest == null ? null
                : latest instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) latest;
        List<Hold> holds = new ArrayList<>();
        Optional<LocalDate> until = accounting.keepsUntil(booked);
        until.ifPresent(date -> holds.add(new Hold(AccountingRecordsRule.NAME, "costs were booked on this person's "
                + "exchange on " + booked + "; Bokföringslagen (1999:1078) 7 kap. 2 § requires the agreement and its "
                + "personal details to be kept as accounting records until " + date + " (rule "
                + AccountingRecordsRule.NAME + ")", date)));
        return holds;
    }

    /** The first of {@link #holds}: the rule an erasure request is refused under. */
    @Override
    public Optional<String> holdingRule(String person) {
        return holds(person).stream().findFirst().map(Hold::rule);
    }

    /** Anonymises the person's personal fields; returns how many rows changed. Runs in the caller's transaction. */
    @Override
    public int erase(String person) {
        String usernames = array(persons.usernamesOf(person));
        String exchanges = "SELECT id FROM exchange WHERE " + OF_PERSON;
        int changed = 0;
        changed += update("UPDATE agreement_version SET document = " + ERASED + ", terms = terms || "
                + "jsonb_build_object('participantAccount', NULL, 'participantName', " + ERASED + ") "
                + "WHERE exchange_id IN (" + exchanges + ")", person, usernames);
        changed += update("UPDATE agreement_signature SET signer = " + ERASED + " WHERE (party = 'PARTICIPANT' AND "
                + "agreement_id IN (SELECT id FROM agreement_version WHERE exchange_id IN (" + exchanges + "))) "
                + "OR signer = ANY(CAST(?2 AS text[]))", person, usernames);
        changed += update("UPDATE hr_notice SET payload = '{\"erased\": true}', last_error = NULL, "
                + "status = CASE WHEN status = 'PENDING' THEN 'DEAD' ELSE status END "
                + "WHERE exchange_id IN (" + exchanges + ")", person, usernames);
        changed += update("UPDATE hr_notice SET confirmed_by = " + ERASED
                + " WHERE confirmed_by = ANY(CAST(?1 AS text[]))", usernames);
        changed += update("UPDATE cost_entry SET recorded_by = " + ERASED
                + " WHERE recorded_by = ANY(CAST(?1 AS text[]))", usernames);
        changed += update("UPDATE exchange SET host_manager = " + ERASED
                + " WHERE host_manager = ANY(CAST(?1 AS text[]))", usernames);
        // Last, since the statements above find the person's exchanges by their account.
        changed += update("UPDATE exchange SET participant_name = NULL, participant_email = NULL, "
                + "participant_account = NULL, purpose = CASE WHEN purpose IS NULL THEN NULL ELSE " + ERASED + " END, "
                + "mutual_value = CASE WHEN mutual_value IS NULL THEN NULL ELSE " + ERASED + " END "
                + "WHERE " + OF_PERSON, person, usernames);
        return changed + persons.erase(person);
    }

    private int update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    /** A PostgreSQL array literal of usernames, for {@code = ANY(CAST(? AS text[]))}. */
    private static String array(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }

    /** A retention rule that keeps the person's records until a date. */
    public record Hold(String rule, String detail, LocalDate keepUntil) {
    }
}
