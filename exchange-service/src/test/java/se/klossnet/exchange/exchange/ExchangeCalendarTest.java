package se.klossnet.exchange.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.klossnet.events.Direction;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.exchange.ExchangeCompleted;
import se.klossnet.events.exchange.ExchangeStarted;
import se.klossnet.exchange.support.Api;
import se.klossnet.exchange.support.ExchangeTestInfrastructure;
import se.klossnet.testing.RealInfrastructure;

/**
 * The calendar's rule, run for chosen days through {@link ExchangeCalendar#advance}, and the schedule that runs it
 * by itself. The chosen days are in 2027, which no other test's exchanges reach.
 */
@QuarkusTest
@QuarkusTestResource(ExchangeTestInfrastructure.class)
class ExchangeCalendarTest {

    @Inject
    ExchangeCalendar calendar;

    private static String signed(LocalDate start, LocalDate end, String account) {
        String id = Api.plannedExchange("kth", Api.grant(Direction.OUTBOUND, start, end, 20, "90000", Api.ERICSSON,
                List.of()));
        Api.draftTerms("kth", id, account);
        Api.signByAll("kth", id, Api.staff(account, "kth"));
        return id;
    }

    @Test
    void signedExchangesStartOnTheirStartDateAndCompleteAfterTheirLastDay() {
        String signed = signed(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 8, 31), "kth-cal-ada");
        String unsigned = Api.plannedExchange("kth", Api.grant(Direction.OUTBOUND, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 8, 31), 20, "90000", Api.ERICSSON, List.of()));

        assertThat(calendar.advance(LocalDate.of(2027, 2, 28)).started()).doesNotContain(UUID.fromString(signed));
        assertThat(Api.exchange("kth", signed).getString("status")).isEqualTo("AGREEMENT_SIGNED");

        ExchangeCalendar.Advance onStart = calendar.advance(LocalDate.of(2027, 3, 1));
        assertThat(onStart.started()).contains(UUID.fromString(signed)).doesNotContain(UUID.fromString(unsigned));
        assertThat(Api.exchange("kth", signed).getString("status")).isEqualTo("ONGOING");
        assertThat(Api.exchange("kth", signed).getString("startedOn")).isEqualTo("2027-03-01");
        assertThat(Api.exchange("kth", unsigned).getString("status")).isEqualTo("PLANNED");

        assertThat(calendar.advance(LocalDate.of(2027, 8, 31)).completed()).doesNotContain(UUID.fromString(signed));
        assertThat(Api.exchange("kth", signed).getString("status")).isEqualTo("ONGOING");
        assertThat(calendar.advance(LocalDate.of(2027, 9, 1)).completed()).contains(UUID.fromString(signed));
        assertThat(Api.exchange("kth", signed).getString("status")).isEqualTo("COMPLETED");
        assertThat(Api.exchange("kth", signed).getString("completedOn")).isEqualTo("2027-08-31");

        List<DomainEvent> events = ExchangeLifecycleTest.eventsOf("kth", signed, 4);
        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("ExchangePlanned", "AgreementSigned", "ExchangeStarted", "ExchangeCompleted");
        assertThat(((ExchangeStarted) events.get(2)).startedOn()).isEqualTo(LocalDate.of(2027, 3, 1));
        // 1 March to 31 August is six months; at 20 % that is 1.2 person-months.
        assertThat(((ExchangeCompleted) events.get(3)).personMonths()).isEqualByComparingTo(new BigDecimal("1.20"));

        // Running the same day again changes nothing.
        ExchangeCalendar.Advance again = calendar.advance(LocalDate.of(2027, 9, 1));
        assertThat(again.started()).doesNotContain(UUID.fromString(signed));
        assertThat(again.completed()).doesNotContain(UUID.fromString(signed));
    }

    @Test
    void theScheduleStartsASignedExchangeOnItsStartDateByItself() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        String id = signed(today, today.plusDays(30), "kth-cal-bea");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
                .until(() -> "ONGOING".equals(Api.exchange("kth", id).getString("status")));
        assertThat(Api.exchange("kth", id).getString("startedOn")).isEqualTo(today.toString());
    }
}
