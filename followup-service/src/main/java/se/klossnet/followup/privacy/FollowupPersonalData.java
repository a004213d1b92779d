package se.klossnet.followup.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import se.klossnet.followup.pseudonym.Pseudonyms;
import se.klossnet.platform.privacy.Erased;
import se.klossnet.platform.privacy.PersonalData;
import se.klossnet.platform.privacy.PersonalRows;

/**
 * What the followup-service holds about a person and how it erases it. The person's exchanges are those whose
 * events carry their pseudonym or that a coordinator linked to them. Erasure keeps every count, score, date, type
 * and pseudonym (the national figures) and removes the free text: logbook texts, the participant's survey answers in
 * words, outcome descriptions and evidence links, the dissemination plan's answers and activities' descriptions.
 */
@ApplicationScoped
public class FollowupPersonalData implements PersonalData {

    private static final String ERASED = "'" + Erased.TEXT + "'";
    private static final String EXCHANGES = "(SELECT id FROM exchange_projection WHERE participant_pseudonym = ?1 "
            + "UNION SELECT exchange_id FROM participant_link WHERE pseudonym = ?1)";
    private static final String PARTICIPANT_RESPONSES = "(SELECT r.id FROM survey_response r JOIN survey_distribution d "
            + "ON d.id = r.distribution_id WHERE d.respondent_role = 'PARTICIPANT' AND d.exchange_id IN " + EXCHANGES + ")";

    private final EntityManager em;
    private final ObjectMapper json;
    private final Pseudonyms pseudonyms;

    public FollowupPersonalData(EntityManager em, ObjectMapper json, Pseudonyms pseudonyms) {
        this.em = em;
        this.json = json;
        this.pseudonyms = pseudonyms;
    }

    @Override
    public PersonalRows export(String person) {
        return new PersonalRows(em, json)
                .add("register", "SELECT to_jsonb(p)::text FROM pseudonym p WHERE pseudonym = ?1", person)
                .add("exchanges", "SELECT to_jsonb(e)::text FROM exchange_projection e WHERE id IN " + EXCHANGES, person)
                .add("logbookEntries", "SELECT to_jsonb(l)::text FROM logbook_entry l WHERE author = ?1 "
                        + "ORDER BY written_on", person)
                .add("surveyAnswers", "SELECT to_jsonb(r)::text FROM survey_response r WHERE id IN "
                        + PARTICIPANT_RESPONSES + " ORDER BY answered_at", person)
                .add("outcomes", "SELECT to_jsonb(o)::text FROM outcome o WHERE reported_by = ?1 "
                        + "OR exchange_id IN " + EXCHANGES + " ORDER BY occurred_on", person)
                .add("disseminationPlans", "SELECT to_jsonb(d)::text FROM dissemination_plan d WHERE exchange_id IN "
                        + EXCHANGES, person)
                .add("disseminationActivities", "SELECT to_jsonb(a)::text FROM dissemination_activity a "
                        + "WHERE recorded_by = ?1 OR exchange_id IN " + EXCHANGES + " ORDER BY held_on", person);
    }

    /** Whether this service knows the person at {@code institution}: as a caller, a participant or a link. */
    public boolean knows(String institution, String person) {
        return !em.createNativeQuery("SELECT 1 FROM pseudonym WHERE institution = ?1 AND pseudonym = ?2 UNION ALL "
                        + "SELECT 1 FROM exchange_projection WHERE institution = ?1 AND participant_pseudonym = ?2 "
                        + "UNION ALL SELECT 1 FROM participant_link WHERE institution = ?1 AND pseudonym = ?2")
                .setParameter(1, institution).setParameter(2, person).setMaxResults(1).getResultList().isEmpty();
    }

    /** Anonymises the person's free text; returns how many rows changed. Runs in the caller's transaction. */
    @Override
    public int erase(String person) {
        int changed = update("UPDATE logbook_entry SET text = " + ERASED + " WHERE author = ?1 OR exchange_id IN "
                + EXCHANGES, person);
        changed += update("UPDATE survey_response SET answers = " + SurveyText.ERASE_TEXT_ANSWERS + " WHERE id IN "
                + PARTICIPANT_RESPONSES, person);
        changed += update("UPDATE outcome SET description = " + ERASED + ", evidence_url = NULL WHERE reported_by = ?1 "
                + "OR exchange_id IN " + EXCHANGES, person);
        changed += update("UPDATE dissemination_plan SET "
                + String.join(", ", java.util.stream.Stream.of("expected_result", "learning_needs",
                        "users_and_recipients", "spreading_activities", "time_plan_and_resources",
                        "lives_on_without_grant", "closing_statement")
                .map(c -> c + " = CASE WHEN " + c + " IS NULL THEN NULL ELSE " + ERASED + " END").toList())
                + " WHERE exchange_id IN " + EXCHANGES, person);
        changed += update("UPDATE dissemination_activity SET description = CASE WHEN description IS NULL THEN NULL "
                + "ELSE " + ERASED + " END, audience = " + ERASED + " WHERE recorded_by = ?1 OR exchange_id IN "
                + EXCHANGES, person);
        return changed + pseudonyms.erase(person);
    }

    private int update(String sql, String person) {
        return em.createNativeQuery(sql).setParameter(1, person).executeUpdate();
    }
}
