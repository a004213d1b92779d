package se.klossnet.followup.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import se.klossnet.platform.scope.InstitutionOwned;

/**
 * A coordinator's statement that a participant account belongs to an exchange. It is needed while each service
 * has its own pseudonyms (the exchange event's participantPseudonym is the exchange-service's id for the person,
 * not ours); once issue 10 shares one pseudonym per person and node, the event's pseudonym matches by itself.
 */
@Entity
@Table(name = "participant_link")
public class ParticipantLink implements InstitutionOwned {

    @Id
    @Column(name = "exchange_id")
    private String exchangeId;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(nullable = false)
    private String pseudonym;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    @Version
    private long version;

    protected ParticipantLink() {
        // for JPA
    }

    static ParticipantLink of(FollowedExchange exchange, String pseudonym, Instant at) {
        ParticipantLink link = new ParticipantLink();
        link.exchangeId = exchange.id();
        link.institution = exchange.institution();
        link.relink(pseudonym, at);
        return link;
    }

    void relink(String newPseudonym, Instant at) {
        pseudonym = newPseudonym;
        linkedAt = at;
    }

    public String exchangeId() {
        return exchangeId;
    }

    @Override
    public String institution() {
        return institution;
    }

    public String pseudonym() {
        return pseudonym;
    }

    public Instant linkedAt() {
        return linkedAt;
    }

    public long version() {
        return version;
    }
}
