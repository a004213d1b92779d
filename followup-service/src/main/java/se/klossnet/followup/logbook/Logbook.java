package se.klossnet.followup.logbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import se.klossnet.platform.scope.InstitutionOwned;

/** The participant's diary of one exchange. It exists once the exchange has started. */
@Entity
@Table(name = "logbook")
public class Logbook implements InstitutionOwned {

    @Id
    @Column(name = "exchange_id")
    private String exchangeId;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "entry_count", nullable = false)
    private int entryCount;

    @Version
    private long version;

    protected Logbook() {
        // for JPA
    }

    static Logbook open(String institution, String exchangeId, Instant at) {
        Logbook logbook = new Logbook();
        logbook.exchangeId = exchangeId;
        logbook.institution = institution;
        logbook.openedAt = at;
        return logbook;
    }

    /** Counts a new entry; returns the logbook's entry count including it. */
    int countNewEntry() {
        entryCount++;
        return entryCount;
    }

    public String exchangeId() {
        return exchangeId;
    }

    @Override
    public String institution() {
        return institution;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public int entryCount() {
        return entryCount;
    }
}
