package se.klossnet.exchange.cost;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.klossnet.events.Direction;
import se.klossnet.events.call.ApplicationGranted;
import se.klossnet.events.exchange.CostCategory;
import se.klossnet.events.exchange.CostRecorded;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.exchange.support.Api;
import se.klossnet.exchange.support.ExchangeTestInfrastructure;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TopicProbe;

@QuarkusTest
@QuarkusTestResource(ExchangeTestInfrastructure.class)
class BudgetAndCostTest {

    private static String exchange(String programmeId, String grantedSek) {
        ApplicationGranted g = Api.grant(Direction.OUTBOUND, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 6, 30), 20,
                grantedSek, Api.ERICSSON, List.of());
        ApplicationGranted grant = new ApplicationGranted(g.applicationId(), g.callId(), programmeId, g.direction(),
                g.applicantPseudonym(), g.host(), g.plannedStart(), g.plannedEnd(), g.extentPercent(), g.grantedSek(),
                g.dissemination(), g.partners());
        return Api.plannedExchange("kth", grant);
    }

    private static Map<String, Object> plan(String monthlySalary, long version) {
        return Map.of("monthlySalaryCostSek", monthlySalary, "plannedTravelSek", "8000",
                "plannedHostCompensationSek", "0", "plannedOtherSek", "1500.50", "version", version);
    }

    @Test
    void thePlannedSalaryIsMonthlyCostTimesExtentTimesMonthsAndStaysInThisService() {
        String id = exchange("prog-budget-" + UUID.randomUUID(), "100000");
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(plan("54321.00", Api.version("kth", id))).put("/exchanges/" + id + "/budget").then()
                .statusCode(200)
                .body("months", equalTo(6.0f))
                .body("plannedSalarySek", equalTo(65185.2f)) // 54 321 × 0.20 × 6
                .body("plannedTotalSek", equalTo(74685.7f))
                .body("plannedOverBudget", equalTo(false))
                .body("warnings", empty());

        given().auth().oauth2(Api.finance("kth")).get("/exchanges/" + id + "/budget").then().statusCode(200)
                .body("monthlySalaryCostSek", equalTo(54321.0f));
        given().auth().oauth2(Api.staff("kth-staff", "kth")).get("/exchanges/" + id + "/budget").then()
                .statusCode(403);
        given().auth().oauth2(Api.hr("kth")).get("/exchanges/" + id + "/budget").then().statusCode(403);

        given().auth().oauth2(Api.finance("kth")).contentType(ContentType.JSON)
                .body(Map.of("type", "SALARY", "amountSek", "10864.20", "bookedOn", "2030-01-31"))
                .post("/exchanges/" + id + "/costs").then().statusCode(201);
        // Events carry amounts only, never the monthly salary.
        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), "kloss.kth.exchange.v1")) {
            List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(2, Duration.ofSeconds(20),
                    r -> id.equals(r.key()));
            assertThat(records).hasSize(2);
            records.forEach(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).doesNotContain("54321"));
        }
    }

    @Test
    void anotherInstitutionOnTheNodeFindsNoBookingDefaultsOfAProgrammeThatIsNotItsOwn() {
        String programme = "prog-hosted-" + UUID.randomUUID();
        exchange(programme, "10000"); // kth's exchange: the programme is kth's
        Map<String, String> defaults = Map.of("salaryAccount", "4011", "travelAccount", "5611",
                "hostCompensationAccount", "5460", "otherAccount", "5890", "costCentre", "EECS-12", "projectCode", "PAUS27");
        given().auth().oauth2(Api.finance("mau")).get("/programmes/" + programme + "/booking-defaults").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Api.finance("mau")).contentType(ContentType.JSON).body(defaults)
                .put("/programmes/" + programme + "/booking-defaults").then().statusCode(404);
        given().auth().oauth2(Api.finance("kth")).contentType(ContentType.JSON).body(defaults)
                .put("/programmes/" + programme + "/booking-defaults").then().statusCode(200);
    }

    @Test
    void eachCostIsBookedOnTheProgrammesDefaultsEmitsCostRecordedAndWarnsOverBudget() {
        String programme = "prog-costs-" + UUID.randomUUID();
        given().auth().oauth2(Api.finance("kth")).contentType(ContentType.JSON)
                .body(Map.of("salaryAccount", "4011", "travelAccount", "5611", "hostCompensationAccount", "5460",
                        "otherAccount", "5890", "costCentre", "EECS-12", "projectCode", "PAUS27"))
                .put("/programmes/" + programme + "/booking-defaults").then().statusCode(200)
                .body("version", equalTo(0));
        String id = exchange(programme, "10000");

        given().auth().oauth2(Api.finance("kth")).contentType(ContentType.JSON)
                .body(Map.of("type", "HOST_COMPENSATION", "amountSek", "6000", "bookedOn", "2030-02-01"))
                .post("/exchanges/" + id + "/costs").then().statusCode(201)
                .body("cost.account", equalTo("5460"))
                .body("cost.costCentre", equalTo("EECS-12"))
                .body("cost.projectCode", equalTo("PAUS27"))
                .body("cost.amountSek", equalTo(6000.0f))
                .body("warnings", empty());
        String costId = given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(Map.of("type", "TRAVEL", "amountSek", "4500.25", "bookedOn", "2030-02-15", "account", "5612",
                        "externalRef", "VER-" + id))
                .post("/exchanges/" + id + "/costs").then().statusCode(201)
                .body("cost.account", equalTo("5612"))
                .body("warnings", hasItem(containsString("over budget")))
                .extract().path("cost.id");
        given().auth().oauth2(Api.finance("kth")).contentType(ContentType.JSON)
                .body(Map.of("type", "TRAVEL", "amountSek", "1", "bookedOn", "2030-02-15", "externalRef", "VER-" + id))
                .post("/exchanges/" + id + "/costs").then().statusCode(409);

        given().auth().oauth2(Api.finance("kth")).get("/exchanges/" + id + "/budget").then().statusCode(200)
                .body("actualSek.HOST_COMPENSATION", equalTo(6000.0f))
                .body("actualSek.TRAVEL", equalTo(4500.25f))
                .body("actualTotalSek", equalTo(10500.25f))
                .body("remainingSek", equalTo(-500.25f))
                .body("overBudget", equalTo(true));
        given().auth().oauth2(Api.finance("kth")).queryParam("type", "TRAVEL").get("/exchanges/" + id + "/costs")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(costId));

        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), "kloss.kth.exchange.v1")) {
            probe.awaitRecords(3, Duration.ofSeconds(20), r -> id.equals(r.key()));
            List<CostRecorded> costs = probe.drain(Duration.ofMillis(500), r -> id.equals(r.key())).stream()
                    .map(r -> CloudEventsKafkaMapping.fromRecord(r).data())
                    .filter(CostRecorded.class::isInstance).map(CostRecorded.class::cast).toList();
            assertThat(costs).extracting(CostRecorded::category)
                    .containsExactly(CostCategory.OTHER, CostCategory.TRAVEL); // HOST_COMPENSATION travels as OTHER
            assertThat(costs.get(1).amountSek()).isEqualByComparingTo(new BigDecimal("4500.25"));
            assertThat(costs.get(1).costId()).isEqualTo(costId);
        }
    }

    @Test
    void budgetsAndCostsRefuseBadInputStaleVersionsAndTheWrongRoles() {
        String id = exchange("prog-budget-" + UUID.randomUUID(), "50000");
        long version = Api.version("kth", id);
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON).body(plan("30000", version))
                .put("/exchanges/" + id + "/budget").then().statusCode(200);
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON).body(plan("99999", version))
                .put("/exchanges/" + id + "/budget").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Api.coordinator("kth")).get("/exchanges/" + id + "/budget").then()
                .body("monthlySalaryCostSek", equalTo(30000.0f));

        given().auth().oauth2(Api.finance("kth")).contentType(ContentType.JSON)
                .body(Map.of("type", "LUNCH", "amountSek", "12.345", "bookedOn", "yesterday", "account", "12"))
                .post("/exchanges/" + id + "/costs").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Api.finance("kth")).contentType(ContentType.JSON)
                .body(Map.of("type", "TRAVEL", "amountSek", "12.345", "bookedOn", "2030-01-01", "account", "12"))
                .post("/exchanges/" + id + "/costs").then().statusCode(400)
                .body("errors.field", hasItem("amountSek")).body("errors.field", hasItem("account"));
        given().auth().oauth2(Api.finance("kth")).contentType(ContentType.JSON)
                .body(Map.of("type", "TRAVEL", "amountSek", "0", "bookedOn", "2030-01-01"))
                .post("/exchanges/" + id + "/costs").then().statusCode(400);
        given().auth().oauth2(Api.hr("kth")).contentType(ContentType.JSON)
                .body(Map.of("type", "TRAVEL", "amountSek", "10", "bookedOn", "2030-01-01"))
                .post("/exchanges/" + id + "/costs").then().statusCode(403);
        given().auth().oauth2(Api.finance("kth")).contentType(ContentType.JSON).body(plan("1", Api.version("kth", id)))
                .put("/exchanges/" + id + "/budget").then().statusCode(403);
        given().auth().oauth2(Api.finance("kth")).get("/exchanges/" + id + "/costs").then().statusCode(200)
                .body("total", equalTo(0));
    }
}
