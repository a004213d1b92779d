package se.klossnet.followup.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static se.klossnet.followup.Exchanges.KTH_COORDINATOR;
import static se.klossnet.followup.Exchanges.MAU_COORDINATOR;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.exchange.AgreementSigned;
import se.klossnet.events.exchange.CancellationReason;
import se.klossnet.events.exchange.ExchangeCancelled;
import se.klossnet.events.exchange.ExchangeCompleted;
import se.klossnet.events.exchange.ExchangeExtended;
import se.klossnet.events.exchange.ExchangeStarted;
import se.klossnet.followup.Exchanges;
import se.klossnet.followup.Feed;
import se.klossnet.platform.messaging.DeadLetters;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TopicProbe;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class ExchangeProjectionTest {

    @Inject
    AgroalDataSource dataSource;

    private static JsonPath distributionsOf(String exchangeId) {
        return given().auth().oauth2(KTH_COORDINATOR).queryParam("exchangeId", exchangeId)
                .get("/survey-distributions").then().statusCode(200).extract().jsonPath();
    }

    private long count(String sql, String exchangeId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, exchangeId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void startAndCompletionDeliveredTwiceOpenOneLogbookAndOneSetOfSurveys() throws Exception {
        String id = Exchanges.newId();
        LocalDate start = LocalDate.now().minusMonths(6);
        Feed.publish("kth", Exchanges.planned(id, "prog-" + UUID.randomUUID(), "psn-1", start, start.plusMonths(6), null));
        EventEnvelope<DomainEvent> started = Feed.publish("kth", new ExchangeStarted(id, start));
        Feed.publish(started);
        Exchanges.awaitState("kth", id, "ONGOING");
        given().auth().oauth2(KTH_COORDINATOR).get("/exchanges/" + id + "/logbook").then().statusCode(200)
                .body("open", equalTo(true));
        // scheduled at the start: one per respondent of the end-of-exchange round
        assertThat(distributionsOf(id).getList("items.status", String.class)).containsOnly("SCHEDULED").hasSize(3);

        EventEnvelope<DomainEvent> completed = Feed.publish("kth",
                new ExchangeCompleted(id, LocalDate.now(), new BigDecimal("1.2")));
        Feed.publish(completed);
        // the same fact re-published under a new event id (e.g. by a restored producer) must not double anything
        Feed.publish("kth", new ExchangeStarted(id, start));
        Feed.publish("kth", new ExchangeCompleted(id, LocalDate.now(), new BigDecimal("1.2")));
        // a later event of the same exchange (same key, same partition) is handled after every copy above
        Feed.publish("kth", new AgreementSigned(id, 1, "0".repeat(64)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(KTH_COORDINATOR).get("/exchanges/" + id).then()
                        .body("agreementVersion", equalTo(1)).body("state", equalTo("COMPLETED")));

        assertThat(count("SELECT count(*) FROM logbook WHERE exchange_id = ?", id)).isEqualTo(1);
        JsonPath distributions = distributionsOf(id);
        assertThat(distributions.getInt("total")).isEqualTo(4);
        assertThat(distributions.getList("items.findAll { it.round == 'END_OF_EXCHANGE' }.respondentRole", String.class))
                .containsExactlyInAnyOrder("PARTICIPANT", "HOST_CONTACT", "MANAGER");
        assertThat(distributions.getList("items.findAll { it.round == 'END_OF_EXCHANGE' }.status", String.class))
                .containsOnly("OPEN");
        assertThat(distributions.getString("items.find { it.round == 'LONG_TERM' }.opensOn"))
                .isEqualTo(LocalDate.now().plusMonths(12).toString());
        // the repeated envelopes were recognised by the inbox
        assertThat(count("SELECT count(*) FROM kloss_inbox WHERE consumer = 'exchange-projection' AND event_id = ?::uuid",
                started.id().toString())).isEqualTo(1);
    }

    @Test
    void aCompletionThatOvertakesThePlanLosesNothing() {
        String id = Exchanges.newId();
        String programme = "prog-" + UUID.randomUUID();
        LocalDate start = LocalDate.now().minusMonths(7);
        Feed.publish("kth", new ExchangeCompleted(id, LocalDate.now().minusDays(1), new BigDecimal("1.4")));
        Exchanges.awaitState("kth", id, "COMPLETED");
        given().auth().oauth2(KTH_COORDINATOR).get("/exchanges/" + id).then().statusCode(200)
                .body("detailsKnown", equalTo(false));

        Feed.publish("kth", new ExchangeExtended(id, start.plusMonths(6), start.plusMonths(7)));
        Feed.publish("kth", new ExchangeStarted(id, start));
        Feed.publish("kth", Exchanges.planned(id, programme, "psn-late", start, start.plusMonths(6), null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(KTH_COORDINATOR).get("/exchanges/" + id).then().statusCode(200)
                        .body("detailsKnown", equalTo(true))
                        .body("programmeId", equalTo(programme))
                        .body("participantPseudonym", equalTo("psn-late"))
                        .body("state", equalTo("COMPLETED"))
                        .body("startedOn", equalTo(start.toString()))
                        .body("end", equalTo(start.plusMonths(7).toString()))
                        .body("completedOn", equalTo(LocalDate.now().minusDays(1).toString())));
        // the completion sent the end-of-exchange surveys although the start and plan came later
        JsonPath distributions = distributionsOf(id);
        assertThat(distributions.getList("items.findAll { it.round == 'END_OF_EXCHANGE' }.status", String.class))
                .containsExactly("OPEN", "OPEN", "OPEN");
        given().auth().oauth2(KTH_COORDINATOR).get("/exchanges/" + id + "/logbook").then().body("open", equalTo(true));
    }

    @Test
    void cancellationWithdrawsWhatIsPendingAndClosesTheLogbook() {
        Exchanges.Running exchange = Exchanges.running("kth", "prog-" + UUID.randomUUID());
        assertThat(distributionsOf(exchange.id()).getList("items.status", String.class)).containsOnly("SCHEDULED");

        Feed.publish("kth", new ExchangeCancelled(exchange.id(), CancellationReason.HOST_WITHDREW, LocalDate.now()));
        Exchanges.awaitState("kth", exchange.id(), "CANCELLED");
        given().auth().oauth2(KTH_COORDINATOR).queryParam("exchangeId", exchange.id()).get("/survey-distributions")
                .then().body("items.status", everyItem(equalTo("WITHDRAWN"))).body("total", equalTo(3));
        given().auth().oauth2(KTH_COORDINATOR).get("/exchanges/" + exchange.id())
                .then().body("cancellationReason", equalTo("HOST_WITHDREW"));
        given().auth().oauth2(KTH_COORDINATOR).get("/exchanges/" + exchange.id() + "/logbook")
                .then().body("open", equalTo(false));

        // a completion arriving after the cancellation (out of order) sends nothing
        Feed.publish("kth", new ExchangeCompleted(exchange.id(), LocalDate.now(), BigDecimal.ONE));
        Feed.publish("kth", new ExchangeStarted(exchange.id(), exchange.startedOn()));
        Feed.publish("kth", new AgreementSigned(exchange.id(), 1, "0".repeat(64))); // handled after the two above
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(KTH_COORDINATOR).get("/exchanges/" + exchange.id()).then()
                        .body("agreementVersion", equalTo(1)).body("state", equalTo("CANCELLED")));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("exchangeId", exchange.id()).get("/survey-distributions")
                .then().body("items.status", everyItem(equalTo("WITHDRAWN"))).body("total", equalTo(3));
    }

    @Test
    void anotherInstitutionsEventCannotTouchAnExchangeAndIsDeadLettered() {
        String id = Exchanges.newId();
        Feed.publish("kth", new ExchangeStarted(id, LocalDate.now()));
        Exchanges.awaitState("kth", id, "ONGOING");

        Feed.publish("mau", new ExchangeCancelled(id, CancellationReason.OTHER, LocalDate.now()));

        try (TopicProbe dlq = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), "kloss.mau.exchange.v1.dlq")) {
            var dead = dlq.awaitRecords(1, Duration.ofSeconds(30), r -> id.equals(r.key()));
            assertThat(dead).hasSize(1);
            assertThat(new String(dead.get(0).headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8))
                    .contains("another institution");
        }
        given().auth().oauth2(KTH_COORDINATOR).get("/exchanges/" + id).then().body("state", equalTo("ONGOING"));
        given().auth().oauth2(MAU_COORDINATOR).get("/exchanges/" + id).then().statusCode(404);
    }

    @Test
    void aParticipantSeesTheirOwnExchangesOnlyAndCoordinatorsFilter() {
        String programme = "prog-" + UUID.randomUUID();
        Exchanges.Running mine = Exchanges.running("kth", programme);
        Exchanges.Running other = Exchanges.running("kth", programme);

        given().auth().oauth2(mine.participant()).get("/exchanges").then().statusCode(200)
                .body("items.id", containsInAnyOrder(mine.id())).body("total", equalTo(1));
        given().auth().oauth2(mine.participant()).get("/exchanges/" + other.id()).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(KTH_COORDINATOR).queryParam("programmeId", programme).queryParam("state", "ONGOING")
                .queryParam("size", 1).get("/exchanges").then().statusCode(200)
                .body("total", equalTo(2)).body("items.size()", equalTo(1));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("state", "SIDEWAYS").get("/exchanges").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("state"));
        given().auth().oauth2(MAU_COORDINATOR).queryParam("programmeId", programme).get("/exchanges").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theEventsPseudonymIsEnoughOnceItIsTheParticipantsOwn() {
        String username = "kth-direct-" + UUID.randomUUID();
        String token = se.klossnet.testing.TestTokens.of(username, "kth", "staff");
        String pseudonym = given().auth().oauth2(token).get("/me").then().statusCode(200).extract().path("pseudonym");
        assertThat(pseudonym).startsWith("psn-").doesNotContain(username).hasSize(40);
        assertThat(given().auth().oauth2(token).get("/me").then().extract().<String>path("pseudonym")).isEqualTo(pseudonym);

        String id = Exchanges.newId();
        Feed.publish("kth", Exchanges.planned(id, "prog-x", pseudonym, LocalDate.now(), LocalDate.now().plusMonths(3), null));
        Exchanges.awaitState("kth", id, "PLANNED");
        given().auth().oauth2(token).get("/exchanges/" + id).then().statusCode(200).body("participantLinked", equalTo(false));
    }

    @Test
    void relinkingAParticipantNeedsTheCurrentVersion() {
        Exchanges.Running exchange = Exchanges.running("kth", "prog-link");
        given().auth().oauth2(KTH_COORDINATOR).contentType("application/json").body("{\"username\": \"someone-else\"}")
                .put("/exchanges/" + exchange.id() + "/participant").then().statusCode(400)
                .body("errors.field", hasItem("version"));
        given().auth().oauth2(KTH_COORDINATOR).contentType("application/json")
                .body("{\"username\": \"someone-else\", \"version\": 7}")
                .put("/exchanges/" + exchange.id() + "/participant").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(KTH_COORDINATOR).contentType("application/json").body("{\"username\": \"\"}")
                .put("/exchanges/" + exchange.id() + "/participant").then().statusCode(400)
                .body("errors[0].field", equalTo("username"));
        given().auth().oauth2(exchange.participant()).contentType("application/json")
                .body("{\"username\": \"me\", \"version\": 0}")
                .put("/exchanges/" + exchange.id() + "/participant").then().statusCode(403);
        given().auth().oauth2(MAU_COORDINATOR).contentType("application/json")
                .body("{\"username\": \"thief\", \"version\": 0}")
                .put("/exchanges/" + exchange.id() + "/participant").then().statusCode(404);
        given().auth().oauth2(exchange.participant()).get("/exchanges/" + exchange.id()).then().statusCode(200);
    }
}
