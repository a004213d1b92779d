package se.klossnet.platform.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.kafka.SerializedEvent;
import se.klossnet.platform.trace.CausationSource;

/**
 * Records an event in the caller's transaction. The event is published only if, and after, that transaction
 * commits: never call a Kafka producer next to a database write.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            INSERT INTO kloss_outbox (event_id, topic, aggregate_id, event_type, source, institution, schema_version,
                                      occurred_at, payload, trace_parent, trace_state, request_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
            """;

    // Serialises writers of the same aggregate until commit, so that positions (and thus publication order)
    // follow commit order per aggregate even when two transactions race.
    private static final String LOCK_AGGREGATE = "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))";

    private final AgroalDataSource dataSource;
    private final String serviceName;
    private final Clock clock;
    private final CausationSource causes;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(AgroalDataSource dataSource, @ConfigProperty(name = "quarkus.application.name") String serviceName,
                  Clock clock, CausationSource causes, TransactionSynchronizationRegistry transactions,
                  OutboxRelay relay) {
        this.dataSource = dataSource;
        this.serviceName = serviceName;
        this.clock = clock;
        this.causes = causes;
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * Records {@code event} of {@code institution} for publication on its domain's topic.
     *
     * @return the event id, which consumers deduplicate on
     */
    @Transactional(TxType.MANDATORY)
    public UUID record(String institution, DomainEvent event) {
        SerializedEvent serialized = SerializedEvent.of(EventEnvelope.wrap(institution, serviceName, event, clock),
                causes.current());
        // Agroal hands out the connection enlisted in the current JTA transaction, the same one Hibernate uses.
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement(LOCK_AGGREGATE)) {
                lock.setString(1, serialized.topic() + "/" + serialized.subject());
                lock.execute();
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, serialized.id());
                insert.setString(2, serialized.topic());
                insert.setString(3, serialized.subject());
                insert.setString(4, serialized.type());
                insert.setString(5, serialized.source());
                insert.setString(6, serialized.institution());
                insert.setInt(7, serialized.schemaVersion());
                insert.setTimestamp(8, Timestamp.from(serialized.time()));
                insert.setString(9, new String(serialized.data(), java.nio.charset.StandardCharsets.UTF_8));
                insert.setString(10, serialized.causation().traceParent());
                insert.setString(11, serialized.causation().traceState());
                insert.setString(12, serialized.causation().requestId());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record " + serialized.type() + " in the outbox", e);
        }
        // Publication starts when the transaction commits, not at the relay's next poll.
        transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
        return serialized.id();
    }

    private record WakeRelayOnCommit(OutboxRelay relay) implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wake();
            }
        }
    }
}
