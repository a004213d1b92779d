package se.klossnet.followup.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import se.klossnet.events.Direction;
import se.klossnet.events.HostOrganisation;
import se.klossnet.events.HostSector;
import se.klossnet.events.exchange.CancellationReason;
import se.klossnet.events.exchange.ExchangePlanned;

/** The projection converges to the same row whatever order an exchange's facts arrive in. */
class FollowedExchangeTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final LocalDate START = LocalDate.of(2025, 9, 1);
    private static final ExchangePlanned PLAN = new ExchangePlanned("x1", "app-1", "prog-1", Direction.OUTBOUND, "psn-1",
            new HostOrganisation(HostSector.PUBLIC, "SE", null, null), START, START.plusMonths(6), 20, BigDecimal.TEN);

    private static final List<Consumer<FollowedExchange>> FACTS = List.of(
            e -> e.planned(PLAN, NOW),
            e -> e.agreementSigned(1, NOW),
            e -> e.started(START, NOW),
            e -> e.extended(START.plusMonths(7), Instant.parse("2026-01-01T00:00:00Z"), NOW),
            e -> e.extended(START.plusMonths(8), Instant.parse("2026-02-01T00:00:00Z"), NOW),
            e -> e.completed(START.plusMonths(8), NOW));

    private static String fingerprint(FollowedExchange e) {
        return String.join("|", e.state().name(), e.programmeId(), e.participantPseudonym(), String.valueOf(e.end()),
                String.valueOf(e.startedOn()), String.valueOf(e.completedOn()), String.valueOf(e.agreementVersion()));
    }

    @Test
    void everyOrderOfTheFactsGivesTheSameExchange() {
        List<List<Consumer<FollowedExchange>>> orders = new ArrayList<>();
        permute(new ArrayList<>(FACTS), 0, orders);
        assertThat(orders).hasSize(720);
        String expected = null;
        for (List<Consumer<FollowedExchange>> order : orders) {
            FollowedExchange exchange = FollowedExchange.firstHeardOf("x1", "kth", NOW);
            order.forEach(fact -> fact.accept(exchange));
            String print = fingerprint(exchange);
            if (expected == null) {
                expected = print;
            }
            assertThat(print).isEqualTo(expected);
        }
        assertThat(expected).isEqualTo("COMPLETED|prog-1|psn-1|" + START.plusMonths(8) + "|" + START + "|"
                + START.plusMonths(8) + "|1");
    }

    @Test
    void theStateFollowsTheFactsKnown() {
        FollowedExchange exchange = FollowedExchange.firstHeardOf("x2", "kth", NOW);
        assertThat(exchange.state()).isEqualTo(ExchangeState.PLANNED);
        assertThat(exchange.detailsKnown()).isFalse();
        exchange.agreementSigned(2, NOW);
        assertThat(exchange.state()).isEqualTo(ExchangeState.AGREEMENT_SIGNED);
        exchange.started(START, NOW);
        assertThat(exchange.state()).isEqualTo(ExchangeState.ONGOING);
        exchange.cancelled(START.plusDays(3), CancellationReason.PARTICIPANT_WITHDREW, NOW);
        assertThat(exchange.state()).isEqualTo(ExchangeState.CANCELLED);
        exchange.completed(START.plusMonths(1), NOW);
        assertThat(exchange.state()).as("a cancellation is final").isEqualTo(ExchangeState.CANCELLED);
        exchange.agreementSigned(1, NOW);
        assertThat(exchange.agreementVersion()).isEqualTo(2);
    }

    private static void permute(List<Consumer<FollowedExchange>> items, int k, List<List<Consumer<FollowedExchange>>> out) {
        if (k == items.size()) {
            out.add(List.copyOf(items));
            return;
        }
        for (int i = k; i < items.size(); i++) {
            java.util.Collections.swap(items, k, i);
            permute(items, k + 1, out);
            java.util.Collections.swap(items, k, i);
        }
    }
}
