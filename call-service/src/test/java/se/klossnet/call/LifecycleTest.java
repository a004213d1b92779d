package se.klossnet.call;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.klossnet.call.Fixtures.KTH_COORDINATOR;
import static se.klossnet.call.Fixtures.amount;
import static se.klossnet.call.Fixtures.KTH_REVIEWER;
import static se.klossnet.call.Fixtures.KTH_REVIEWER_2;
import static se.klossnet.call.Fixtures.KTH_STAFF;
import static se.klossnet.call.Fixtures.KTH_STAFF_2;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.klossnet.events.Direction;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.HostSector;
import se.klossnet.events.call.ApplicationGranted;
import se.klossnet.events.call.ApplicationSubmitted;
import se.klossnet.events.call.CallClosed;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TopicProbe;

/**
 * The acceptance walk-through: programme, call, applications, endorsement, review with a conflict of interest,
 * ranking, decisions and the call decided, all through REST, with every event read back from Kafka exactly once.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class LifecycleTest {

    @Test
    void aCallRunsFromProgrammeToDecisionAndEveryEventArrivesOnce() {
        String programme = Fixtures.programme(KTH_COORDINATOR, "OUTBOUND");
        String call = Fixtures.openCall(KTH_COORDINATOR, programme, Instant.now().plus(30, ChronoUnit.DAYS), "300000");

        String first = Fixtures.submittedApplication(KTH_STAFF, call);
        String second = Fixtures.submittedApplication(KTH_STAFF_2, call);
        String withdrawn = Fixtures.submittedApplication(KTH_STAFF, call);
        given().auth().oauth2(KTH_STAFF).post("/applications/" + withdrawn + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));

        Fixtures.endorse(first);
        Fixtures.endorse(second);
        Fixtures.close(call);
        given().auth().oauth2(KTH_COORDINATOR).get("/calls/" + call).then().body("status", equalTo("CLOSED"))
                .body("closedByDeadline", equalTo(false));

        // Review: two reviewers on the first application, one of whom is conflicted; one on the second.
        List<String> onFirst = given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body("{\"reviewers\": [\"kth-reviewer\", \"kth-reviewer-2\"]}")
                .post("/applications/" + first + "/reviews").then().statusCode(200).extract().path("id");
        String onSecond = given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body("{\"reviewers\": [\"kth-reviewer\"]}")
                .post("/applications/" + second + "/reviews").then().statusCode(200).extract().path("[0].id");

        given().auth().oauth2(KTH_REVIEWER).get("/reviews/" + onFirst.get(0)).then().statusCode(200)
                .body("application", nullValue()).body("status", equalTo("AWAITING_DECLARATION"));
        declare(KTH_REVIEWER, onFirst.get(0), "{\"conflict\": \"NONE\"}");
        given().auth().oauth2(KTH_REVIEWER).get("/reviews/" + onFirst.get(0)).then().statusCode(200)
                .body("application.purpose", notNullValue());
        score(KTH_REVIEWER, onFirst.get(0), 5, 4, 5, 4);   // 0.3*5 + 0.3*4 + 0.2*5 + 0.2*4 = 4.50

        declare(KTH_REVIEWER_2, onFirst.get(1), "{\"conflict\": \"CONFLICT\", \"reason\": \"Former colleague of the applicant.\"}");
        given().auth().oauth2(KTH_REVIEWER_2).contentType(ContentType.JSON).body(scores(1, 1, 1, 1, 1))
                .put("/reviews/" + onFirst.get(1) + "/scores").then().statusCode(403);

        declare(KTH_REVIEWER, onSecond, "{\"conflict\": \"NONE\"}");
        score(KTH_REVIEWER, onSecond, 3, 3, 2, 2);          // 0.9 + 0.9 + 0.4 + 0.4 = 2.60

        given().auth().oauth2(KTH_COORDINATOR).get("/calls/" + call + "/ranking").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].applicationId", equalTo(first)).body("items[0].rank", equalTo(1))
                .body("items[0].weightedTotal", amount("4.5")).body("items[0].reviewsScored", equalTo(1))
                .body("items[1].applicationId", equalTo(second)).body("items[1].weightedTotal", amount("2.6"))
                .body("remainingSek", amount("300000"));

        // Decisions; the last one decides the call.
        decide(first, "{\"outcome\": \"GRANT\", \"grantedSek\": 90000, \"motivation\": \"Ranked first.\"}")
                .body("status", equalTo("GRANTED")).body("decision.grantedSek", amount("90000"));
        given().auth().oauth2(KTH_COORDINATOR).get("/calls/" + call).then().body("status", equalTo("CLOSED"));
        decide(second, "{\"outcome\": \"REJECT\", \"motivation\": \"Below the funding line.\"}")
                .body("status", equalTo("REJECTED"));
        given().auth().oauth2(KTH_COORDINATOR).get("/calls/" + call).then().body("status", equalTo("DECIDED"));
        given().auth().oauth2(KTH_COORDINATOR).post("/calls/" + call + "/archive").then().statusCode(200)
                .body("status", equalTo("ARCHIVED"));

        String pseudonym = given().auth().oauth2(KTH_STAFF).get("/applications/" + first).then().statusCode(200)
                .extract().path("applicantPseudonym");
        Map<String, List<String>> expected = Map.of(
                programme, List.of("ProgrammeCreated"),
                call, List.of("CallPublished", "CallClosed"),
                first, List.of("ApplicationSubmitted", "ApplicationEndorsed", "ApplicationGranted"),
                second, List.of("ApplicationSubmitted", "ApplicationEndorsed", "ApplicationRejected"),
                withdrawn, List.of("ApplicationSubmitted", "ApplicationWithdrawn"));
        Set<String> keys = expected.keySet();
        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), "kloss.kth.call.v1")) {
            probe.awaitRecords(11, Duration.ofSeconds(30), r -> keys.contains(r.key()));
            List<ConsumerRecord<String, byte[]>> records = probe.drain(Duration.ofSeconds(2), r -> keys.contains(r.key()));
            Map<String, List<String>> seen = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                    Collectors.mapping(r -> CloudEventsKafkaMapping.fromRecord(r).data().getClass().getSimpleName(),
                            Collectors.toList())));
            assertThat(seen).hasSize(expected.size());
            expected.forEach((key, types) -> assertThat(seen.get(key)).as("events of %s", key)
                    .containsExactlyElementsOf(types));

            Map<Class<?>, DomainEvent> byType = records.stream().map(r -> CloudEventsKafkaMapping.fromRecord(r).data())
                    .filter(e -> e.aggregateId().equals(first) || e.aggregateId().equals(call))
                    .collect(Collectors.toMap(Object::getClass, Function.identity(), (a, b) -> a));
            ApplicationGranted granted = (ApplicationGranted) byType.get(ApplicationGranted.class);
            assertThat(granted.callId()).isEqualTo(call);
            assertThat(granted.programmeId()).isEqualTo(programme);
            assertThat(granted.direction()).isEqualTo(Direction.OUTBOUND);
            assertThat(granted.applicantPseudonym()).isEqualTo(pseudonym).startsWith("psn-");
            assertThat(granted.host().sector()).isEqualTo(HostSector.BUSINESS);
            assertThat(granted.host().organisationNumber()).isEqualTo("5560360793");
            assertThat(granted.host().country()).isEqualTo("SE");
            assertThat(granted.plannedStart()).isEqualTo(LocalDate.of(2027, 9, 1));
            assertThat(granted.plannedEnd()).isEqualTo(LocalDate.of(2028, 2, 29));
            assertThat(granted.extentPercent()).isEqualTo(20);
            assertThat(granted.grantedSek()).isEqualByComparingTo(new BigDecimal("90000"));
            assertThat(granted.dissemination()).containsExactly("result:course-module", "users:master-students",
                    "activity:seminar-series", "sustainability:syllabus");
            assertThat(granted.partners()).isEmpty();
            ApplicationSubmitted submitted = (ApplicationSubmitted) byType.get(ApplicationSubmitted.class);
            assertThat(submitted.months()).isEqualTo(6);
            assertThat(submitted.requestedSek()).isEqualByComparingTo(new BigDecimal("96000"));
            CallClosed closed = (CallClosed) byType.get(CallClosed.class);
            assertThat(closed.byDeadline()).isFalse();
            assertThat(closed.applicationCount()).isEqualTo(2);

            // Names stay in this service: no username and no organisation name in any payload.
            records.forEach(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
                    .doesNotContain("kth-staff", "kth-manager", "Saab AB", "Ranked first"));
        }
    }

    static void declare(String reviewer, String review, String body) {
        given().auth().oauth2(reviewer).contentType(ContentType.JSON).body(body)
                .post("/reviews/" + review + "/declaration").then().statusCode(200);
    }

    static String scores(int version, int strategic, int mutual, int endorsement, int dissemination) {
        return """
                {"version": %d, "scores": [
                  {"criterion": "strategic-relevance", "score": %d, "comment": "Fits the strategy."},
                  {"criterion": "mutual-value", "score": %d, "comment": "Both sides gain."},
                  {"criterion": "endorsement", "score": %d, "comment": "Manager committed."},
                  {"criterion": "dissemination-plan", "score": %d, "comment": "Concrete activities."}]}
                """.formatted(version, strategic, mutual, endorsement, dissemination);
    }

    static void score(String reviewer, String review, int strategic, int mutual, int endorsement, int dissemination) {
        int version = given().auth().oauth2(reviewer).get("/reviews/" + review).then().extract().path("version");
        given().auth().oauth2(reviewer).contentType(ContentType.JSON)
                .body(scores(version, strategic, mutual, endorsement, dissemination))
                .put("/reviews/" + review + "/scores").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse decide(String application, String body) {
        return given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON).body(body)
                .post("/applications/" + application + "/decision").then().statusCode(200);
    }
}
