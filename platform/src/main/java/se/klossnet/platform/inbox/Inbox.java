package se.klossnet.platform.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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

    // One statement for a whole batch; an id twice in the batch is inserted (and returned) once.
    private static final String RECORD_ALL = """
            INSERT INTO kloss_inbox (consumer, event_id, event_type, topic)
            SELECT ?, e::uuid, t, tp FROM unnest(?::text[], ?::text[], ?::text[]) AS u(e, t, tp)
            ON CONFLICT (consumer, event_id) DO NOTHING
            RETURNING event_id
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

    /**
     * Records that {@code consumer} handles these events now, in one statement.
     *
     * @return the events delivered for the first time, in their order, each id once (a repeat within the batch or
     *         of an earlier delivery is left out)
     */
    @Transactional(TxType.MANDATORY)
    public <E extends EventEnvelope<?>> List<E> firstDeliveries(String consumer, List<E> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(RECORD_ALL)) {
            insert.setString(1, consumer);
            insert.setArray(2, connection.createArrayOf("text", events.stream().map(e -> e.id().toString()).toArray()));
            insert.setArray(3, connection.createArrayOf("text", events.stream().map(EventEnvelope::type).toArray()));
            insert.setArray(4, connection.createArrayOf("text", events.stream().map(EventEnvelope::topic).toArray()));
            Set<UUID> fresh = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    fresh.add(rows.getObject(1, UUID.class));
                }
            }
            List<E> first = new ArrayList<>(fresh.size());
            for (E event : events) {
                if (fresh.remove(event.id())) {
                    first.add(event);
                }
            }
            return first;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record " + events.size() + " events in the inbox", e);
        }
    }
}
