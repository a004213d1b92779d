package se.klossnet.platform.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import se.klossnet.events.EventEnvelope;

/**
 * Remembers which events a consumer has handled. The check-and-record runs in the consumer's own transaction,
 * so the record and the effect commit or roll back together: a redelivered event is seen as a repeat.
 */
@ApplicationScoped
public class Inbox {

    private static final String RECORD = """
            INSERT INTO kloss_inbox (consumer, event_id, event_type, topic) VALUES (?, ?, ?, ?)
            ON CONFLICT (consumer, event_id) DO NOTHING
            """;

    private final AgroalDataSource dataSource;

    public Inbox(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records that {@code consumer} handles {@code event} now.
     *
     * @return true the first time, false for a repeat (the caller then does nothing)
     */
    @Transactional(TxType.MANDATORY)
    public boolean firstDelivery(String consumer, EventEnvelope<?> event) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(RECORD)) {
            insert.setString(1, consumer);
            insert.setObject(2, event.id());
            insert.setString(3, event.type());
            insert.setString(4, event.topic());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record event " + event.id() + " in the inbox", e);
        }
    }
}
