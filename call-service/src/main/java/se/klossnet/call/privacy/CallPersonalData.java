package se.klossnet.call.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import se.klossnet.call.person.Pseudonyms;
import se.klossnet.platform.privacy.Erased;
import se.klossnet.platform.privacy.PersonalData;
import se.klossnet.platform.privacy.PersonalRows;

/**
 * What the call-service holds about a person, and how it erases it. Applications keep their pseudonym, status,
 * amounts, dates and host (the figures and the decision record); their free text goes. The register row loses the
 * username.
 */
@ApplicationScoped
public class CallPersonalData implements PersonalData {

    private static final String ERASED = "'" + Erased.TEXT + "'";
    private static final String ERASED_JSON = "'\"" + Erased.TEXT + "\"'::jsonb";

    private final EntityManager em;
    private final ObjectMapper json;
    private final Pseudonyms pseudonyms;

    public CallPersonalData(EntityManager em, ObjectMapper json, Pseudonyms pseudonyms) {
        this.em = em;
        this.json = json;
        this.pseudonyms = pseudonyms;
    }

    @Override
    public PersonalRows export(String person) {
        return new PersonalRows(em, json)
                .add("register", "SELECT to_jsonb(p)::text FROM pseudonym p WHERE pseudonym = ?1", person)
                .add("applications", "SELECT to_jsonb(a)::text FROM application a WHERE applicant_pseudonym = ?1 "
                        + "ORDER BY created_at", person)
                .add("endorsementsGiven", "SELECT jsonb_build_object('applicationId', id, 'endorsed', endorsed, "
                        + "'comment', endorsement_comment, 'at', endorsement_at)::text FROM application "
                        + "WHERE endorsed_by = ?1 ORDER BY endorsement_at", person)
                .add("reviewAssignments", "SELECT to_jsonb(r)::text FROM review_assignment r "
                        + "WHERE reviewer_pseudonym = ?1 ORDER BY assigned_at", person);
    }

    /** The application's free text, erased; used by an erasure and by the retention job. */
    static final String ERASE_APPLICATION_TEXT = "UPDATE application SET purpose = " + ERASED + ", mutual_value = " + ERASED
                + ", student_involvement = " + ERASED
                + ", endorsement_comment = CASE WHEN endorsement_comment IS NULL THEN NULL ELSE " + ERASED + " END"
                + ", decision_motivation = CASE WHEN decision_motivation IS NULL THEN NULL ELSE " + ERASED + " END"
                + ", dissemination_plan = COALESCE((SELECT jsonb_object_agg(key, CASE WHEN jsonb_typeof(value) = "
                + "'object' AND value -> 'text' IS NOT NULL THEN jsonb_set(value, '{text}', " + ERASED_JSON + ") ELSE value END) "
                + "FROM jsonb_each(dissemination_plan)), '{}'::jsonb) WHERE ";

    /** Anonymises the person's personal fields; returns how many rows changed. Runs in the caller's transaction. */
    @Override
    public int erase(String person) {
        int changed = em.createNativeQuery(ERASE_APPLICATION_TEXT + "applicant_pseudonym = ?1")
                .setParameter(1, person).executeUpdate();
        // A manager's comment is their own free text about someone else's application.
        changed += em.createNativeQuery("UPDATE application SET endorsement_comment = " + ERASED
                + " WHERE endorsed_by = ?1 AND endorsement_comment IS NOT NULL").setParameter(1, person).executeUpdate();
        changed += em.createNativeQuery("UPDATE review_assignment SET conflict_reason = " + ERASED
                + " WHERE reviewer_pseudonym = ?1 AND conflict_reason IS NOT NULL").setParameter(1, person)
                .executeUpdate();
        return changed + pseudonyms.erase(person);
    }
}
