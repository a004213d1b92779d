package se.klossnet.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.exchange.AgreementSigned;
import se.klossnet.events.exchange.CostCategory;
import se.klossnet.events.exchange.CostRecorded;
import se.klossnet.events.exchange.ExchangeExtended;
import se.klossnet.reporting.sql.Jdbc;
import se.klossnet.testing.RealInfrastructure;

/**
 * Applying events as a batch gives the same rows as applying them one by one, also when several events of the batch
 * write the same fact row (which one multi-row upsert may not do: those go to later rounds) and when an event is in
 * the batch twice.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class EventProjectorTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @Inject
    EventProjector projector;

    @Inject
    Jdbc jdbc;

    @Inject
    VersionPartitions partitions;

    @Test
    void severalWritesOfOneRowInOneBatchAreAllAppliedAsOneByOne() {
        List<EventEnvelope<DomainEvent>> events = new ArrayList<>();
        events.add(event(new ExchangeExtended("x-1", LocalDate.of(2025, 6, 30), LocalDate.of(2025, 8, 31)), 0));
        events.add(event(new ExchangeExtended("x-1", LocalDate.of(2025, 8, 31), LocalDate.of(2025, 12, 31)), 1));
        events.add(event(new ExchangeExtended("x-1", LocalDate.of(2025, 6, 30), LocalDate.of(2025, 9, 30)), 2));
        events.add(event(new AgreementSigned("x-1", 2, "b".repeat(64)), 3));
        events.add(event(new AgreementSigned("x-1", 1, "a".repeat(64)), 4));
        // one cost posted twice: the later posting (by event time) wins, whatever the order in the batch
        events.add(event(new CostRecorded("x-1", "c-1", CostCategory.TRAVEL, new BigDecimal("200.00"),
                LocalDate.of(2025, 3, 2)), 6));
        events.add(event(new CostRecorded("x-1", "c-1", CostCategory.TRAVEL, new BigDecimal("100.00"),
                LocalDate.of(2025, 3, 1)), 5));
        events.add(events.get(1)); // the same event twice in the batch

        int batched = ThreadLocalRandom.current().nextInt(100_000, 200_000);
        int oneByOne = batched + 1;
        // Versions of their own, outside the register: each needs its partitions like any version.
        QuarkusTransaction.requiringNew().run(() -> {
            partitions.createForLoading(batched);
            partitions.createForLoading(oneByOne);
        });
        try {
            assertSameRowsBatchedAndOneByOne(events, batched, oneByOne);
        } finally {
            partitions.drop(batched);
            partitions.drop(oneByOne);
        }
    }

    private void assertSameRowsBatchedAndOneByOne(List<EventEnvelope<DomainEvent>> events, int batched, int oneByOne) {
        int applied = QuarkusTransaction.requiringNew().call(() -> projector.applyAll(batched, events));
        QuarkusTransaction.requiringNew().run(() -> events.forEach(e -> projector.apply(oneByOne, e)));

        assertThat(applied).as("distinct events applied").isEqualTo(7);
        Map<String, Object> row = exchange(batched);
        assertThat(row).isEqualTo(exchange(oneByOne));
        assertThat(row.get("extended_end")).isEqualTo("2025-12-31");
        assertThat(row.get("agreement_version")).isEqualTo("2");
        assertThat(cost(batched)).isEqualTo("200.00").isEqualTo(cost(oneByOne));
        assertThat(QuarkusTransaction.requiringNew().call(() -> projector.applyAll(batched, events)))
                .as("a redelivered batch").isZero();
        assertThat(exchange(batched)).isEqualTo(row);
    }

    private static EventEnvelope<DomainEvent> event(DomainEvent data, int minutes) {
        return EventEnvelope.wrap("uu", "exchange-service", data,
                Clock.fixed(T0.plusSeconds(60L * minutes), ZoneOffset.UTC));
    }

    private Map<String, Object> exchange(int pv) {
        return jdbc.single("SELECT extended_end::text, agreement_version::text, agreement_signed_at::text"
                        + " FROM rp_exchange WHERE pv = ? AND institution = 'uu' AND exchange_id = 'x-1'", List.of(pv),
                r -> Map.of("extended_end", r.getString(1), "agreement_version", r.getString(2),
                        "agreement_signed_at", r.getString(3)));
    }

    private String cost(int pv) {
        return jdbc.single("SELECT amount_sek::text FROM rp_cost WHERE pv = ? AND institution = 'uu' AND cost_id = 'c-1'",
                List.of(pv), r -> r.getString(1));
    }
}
