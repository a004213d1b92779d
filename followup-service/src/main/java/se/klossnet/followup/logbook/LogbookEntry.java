package se.klossnet.followup.logbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.klossnet.platform.scope.InstitutionOwned;

/** A dated entry in a logbook. Its text and tags are private to the author unless they share the entry. */
@Entity
@Table(name = "logbook_entry")
public class LogbookEntry implements InstitutionOwned {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(name = "exchange_id", nullable = false, updatable = false)
    private String exchangeId;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "written_on", nullable = false)
    private LocalDate writtenOn;

    @Column(nullable = false)
    private String text;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> tags = new ArrayList<>();

    @Column(name = "word_count", nullable = false)
    private int wordCount;

    @Column(nullable = false)
    private boolean shared;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected LogbookEntry() {
        // for JPA
    }

    static LogbookEntry write(Logbook logbook, String author, EntryDraft draft, Instant at) {
        LogbookEntry entry = new LogbookEntry();
        entry.id = UUID.randomUUID();
        entry.institution = logbook.institution();
        entry.exchangeId = logbook.exchangeId();
        entry.author = author;
        entry.createdAt = at;
        entry.apply(draft);
        return entry;
    }

    void revise(EntryDraft draft) {
        apply(draft);
    }

    private void apply(EntryDraft draft) {
        writtenOn = draft.writtenOn();
        text = draft.text().strip();
        tags = new ArrayList<>(draft.tags() == null ? List.of()
                : draft.tags().stream().map(String::strip).distinct().toList());
        wordCount = WordCount.of(text);
        shared = Boolean.TRUE.equals(draft.shared());
    }

    public UUID id() {
        return id;
    }

    @Override
    public String institution() {
        return institution;
    }

    public String exchangeId() {
        return exchangeId;
    }

    public String author() {
        return author;
    }

    public LocalDate writtenOn() {
        return writtenOn;
    }

    public String text() {
        return text;
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    public int wordCount() {
        return wordCount;
    }

    public boolean shared() {
        return shared;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
