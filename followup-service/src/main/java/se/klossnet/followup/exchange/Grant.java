package se.klossnet.followup.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.klossnet.events.call.ApplicationGranted;
import se.klossnet.platform.scope.InstitutionOwned;

/**
 * What this service needs from a grant decision: the call (for survey results per call) and the dissemination
 * plan's topics that the application answered. Joined to an exchange through its application id.
 */
@Entity
@Table(name = "grant_projection")
public class Grant implements InstitutionOwned {

    @Id
    @Column(name = "application_id")
    private String applicationId;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(name = "call_id", nullable = false)
    private String callId;

    @Column(name = "programme_id", nullable = false)
    private String programmeId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "dissemination_topics", nullable = false)
    private List<String> disseminationTopics = new ArrayList<>();

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected Grant() {
        // for JPA
    }

    static Grant of(String institution, ApplicationGranted granted, Instant at) {
        Grant grant = new Grant();
        grant.applicationId = granted.applicationId();
        grant.institution = institution;
        grant.callId = granted.callId();
        grant.programmeId = granted.programmeId();
        grant.disseminationTopics = granted.dissemination() == null ? new ArrayList<>()
                : new ArrayList<>(granted.dissemination());
        grant.grantedAt = at;
        return grant;
    }

    public String applicationId() {
        return applicationId;
    }

    @Override
    public String institution() {
        return institution;
    }

    public String callId() {
        return callId;
    }

    public String programmeId() {
        return programmeId;
    }

    public List<String> disseminationTopics() {
        return List.copyOf(disseminationTopics);
    }
}
