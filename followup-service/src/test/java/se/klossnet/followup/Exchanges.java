package se.klossnet.followup;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import se.klossnet.events.Direction;
import se.klossnet.events.HostOrganisation;
import se.klossnet.events.HostSector;
import se.klossnet.events.exchange.ExchangeCompleted;
import se.klossnet.events.exchange.ExchangePlanned;
import se.klossnet.events.exchange.ExchangeStarted;
import se.klossnet.testing.TestTokens;

/** Exchanges for tests: their events on the real broker, and waiting until the projection shows them. */
public final class Exchanges {

    public static final String KTH_COORDINATOR = TestTokens.of("kth-coordinator", "kth", "coordinator");
    public static final String MAU_COORDINATOR = TestTokens.of("mau-coordinator", "mau", "coordinator");
    public static final String MAU_STAFF = TestTokens.of("mau-staff", "mau", "staff");

    private Exchanges() {
    }

    public static String newId() {
        return "exc-" + UUID.randomUUID();
    }

    public static String coordinatorOf(String institution) {
        return TestTokens.of(institution + "-coordinator", institution, "coordinator");
    }

    public static ExchangePlanned planned(String id, String programmeId, String participantPseudonym, LocalDate start,
                                          LocalDate end, String applicationId) {
        return new ExchangePlanned(id, applicationId, programmeId, Direction.OUTBOUND, participantPseudonym,
                new HostOrganisation(HostSector.BUSINESS, "SE", "5560360793", "AB"), start, end, 20,
                new BigDecimal("250000"));
    }

    /** An exchange that has started (planned 30 days ago, for six months), with a linked participant account. */
    public static Running running(String institution, String programmeId) {
        String id = newId();
        LocalDate start = LocalDate.now().minusDays(30);
        Feed.publish(institution, planned(id, programmeId, "psn-" + UUID.randomUUID(), start, start.plusMonths(6), null));
        Feed.publish(institution, new ExchangeStarted(id, start));
        awaitState(institution, id, "ONGOING");
        String username = institution + "-participant-" + UUID.randomUUID();
        linkParticipant(institution, id, username);
        return new Running(id, institution, start, TestTokens.of(username, institution, "staff"), username);
    }

    /** A running exchange that then completes today. */
    public static Running completed(String institution, String programmeId) {
        Running exchange = running(institution, programmeId);
        Feed.publish(institution, new ExchangeCompleted(exchange.id(), LocalDate.now(), new BigDecimal("1.2")));
        awaitState(institution, exchange.id(), "COMPLETED");
        return exchange;
    }

    public static void linkParticipant(String institution, String exchangeId, String username) {
        given().auth().oauth2(coordinatorOf(institution)).contentType(ContentType.JSON)
                .body("{\"username\": \"" + username + "\"}")
                .put("/exchanges/" + exchangeId + "/participant").then().statusCode(200);
    }

    /** Waits until the coordinator sees the exchange in {@code state}. */
    public static void awaitState(String institution, String exchangeId, String state) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = given().auth().oauth2(coordinatorOf(institution)).get("/exchanges/" + exchangeId);
            return response.statusCode() == 200 && state.equals(response.jsonPath().getString("state"));
        });
    }

    /** An exchange under follow-up, with its participant's token. */
    public record Running(String id, String institution, LocalDate startedOn, String participant, String username) {
    }
}
