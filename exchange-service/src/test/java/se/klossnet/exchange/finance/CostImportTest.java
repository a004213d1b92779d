package se.klossnet.exchange.finance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.klossnet.events.Direction;
import se.klossnet.events.exchange.CostRecorded;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.exchange.support.Api;
import se.klossnet.exchange.support.ExchangeTestInfrastructure;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TopicProbe;

/**
 * The finance system posts actual costs back. Chosen behaviour: ALL_OR_NOTHING by default (one bad row refuses the
 * file with 422 and each bad row's errors; nothing is booked), PER_ROW on request (good rows booked, bad rows
 * reported and not booked); a row whose reference is already booked is never booked twice.
 */
@QuarkusTest
@QuarkusTestResource(ExchangeTestInfrastructure.class)
class CostImportTest {

    private static String exchange(String institution) {
        return Api.plannedExchange(institution, Api.grant(Direction.OUTBOUND, LocalDate.of(2030, 3, 1),
                LocalDate.of(2030, 8, 31), 20, "50000", Api.ERICSSON, List.of()));
    }

    private static String csvWithOneBadRow(String id, String batch) {
        return """
                exchangeId,type,amountSek,bookedOn,account,costCentre,projectCode,externalRef
                %1$s,SALARY,12000.00,2030-03-31,,,,%2$s-1
                %1$s,FOOD,abc,2030-03-31,7210,,,%2$s-2
                %1$s,TRAVEL,"1 234,50",2030-04-02,5800,EECS,PAUS,%2$s-3
                """.formatted(id, batch);
    }

    private static int costsOf(String id) {
        return given().auth().oauth2(Api.finance("kth")).get("/exchanges/" + id + "/costs").then().statusCode(200)
                .extract().path("total");
    }

    @Test
    void allOrNothingRefusesTheWholeFileAndNamesTheBadRow() {
        String id = exchange("kth");
        String batch = "AON-" + UUID.randomUUID();
        given().auth().oauth2(Api.finance("kth")).contentType("text/csv").body(csvWithOneBadRow(id, batch))
                .post("/finance/cost-imports").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("1 of 3 rows are invalid; nothing was imported"))
                .body("errors.field", hasItems("rows[2].type", "rows[2].amountSek"))
                .body("errors", hasSize(2));
        assertThat(costsOf(id)).isZero();

        // The corrected file goes through whole.
        String fixed = csvWithOneBadRow(id, batch).replace("FOOD,abc", "OTHER,99.90");
        given().auth().oauth2(Api.finance("kth")).contentType("text/csv").body(fixed)
                .post("/finance/cost-imports").then().statusCode(200)
                .body("mode", equalTo("ALL_OR_NOTHING")).body("imported", equalTo(3)).body("rejected", equalTo(0));
        assertThat(costsOf(id)).isEqualTo(3);
        given().auth().oauth2(Api.finance("kth")).queryParam("type", "TRAVEL").get("/exchanges/" + id + "/costs")
                .then().body("items[0].amountSek", equalTo(1234.5f)).body("items[0].costCentre", equalTo("EECS"));
    }

    @Test
    void perRowBooksTheGoodRowsReportsTheBadOneAndNeverBooksARowTwice() {
        String id = exchange("kth");
        String batch = "PR-" + UUID.randomUUID();
        given().auth().oauth2(Api.finance("kth")).contentType("text/csv").queryParam("mode", "PER_ROW")
                .body(csvWithOneBadRow(id, batch)).post("/finance/cost-imports").then().statusCode(200)
                .body("received", equalTo(3)).body("imported", equalTo(2)).body("rejected", equalTo(1))
                .body("rows[0].status", equalTo("IMPORTED"))
                .body("rows[1].status", equalTo("REJECTED"))
                .body("rows[1].row", equalTo(2))
                .body("rows[1].errors.field", hasItems("rows[2].type", "rows[2].amountSek"))
                .body("rows[2].status", equalTo("IMPORTED"));
        assertThat(costsOf(id)).isEqualTo(2);

        // The same file again: the booked rows are recognised by their reference, the bad one is still bad.
        given().auth().oauth2(Api.finance("kth")).contentType("text/csv").queryParam("mode", "PER_ROW")
                .body(csvWithOneBadRow(id, batch)).post("/finance/cost-imports").then().statusCode(200)
                .body("imported", equalTo(0)).body("alreadyImported", equalTo(2)).body("rejected", equalTo(1));
        assertThat(costsOf(id)).isEqualTo(2);

        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), "kloss.kth.exchange.v1")) {
            probe.awaitRecords(3, Duration.ofSeconds(20), r -> id.equals(r.key()));
            long recorded = probe.drain(Duration.ofMillis(800), r -> id.equals(r.key())).stream()
                    .map(r -> CloudEventsKafkaMapping.fromRecord(r).data()).filter(CostRecorded.class::isInstance)
                    .count();
            assertThat(recorded).isEqualTo(2);
        }
    }

    @Test
    void rowsAreCheckedAgainstTheCallersInstitutionAndEachOther() {
        String own = exchange("kth");
        String foreign = exchange("mau");
        String batch = "CHK-" + UUID.randomUUID();
        String csv = """
                exchangeId;type;amountSek;bookedOn;account;costCentre;projectCode;externalRef
                %1$s;TRAVEL;100,00;2030-03-05;;;;%3$s-1
                %2$s;TRAVEL;100,00;2030-03-05;;;;%3$s-2
                not-a-uuid;TRAVEL;100;2030-13-01;99999;;;%3$s-3
                %1$s;TRAVEL;100,00;2030-03-05;;;;%3$s-1
                %1$s;TRAVEL;0;2030-03-05;;;;
                """.formatted(own, foreign, batch);
        given().auth().oauth2(Api.finance("kth")).contentType("text/csv").queryParam("mode", "PER_ROW").body(csv)
                .post("/finance/cost-imports").then().statusCode(200)
                .body("imported", equalTo(1)).body("rejected", equalTo(4))
                .body("rows[1].errors[0].message", containsString("does not exist"))
                .body("rows[2].errors.field", hasItems("rows[3].exchangeId", "rows[3].bookedOn", "rows[3].account"))
                .body("rows[3].errors[0].message", containsString("repeats the reference of row 1"))
                .body("rows[4].errors.field", hasItems("rows[5].amountSek", "rows[5].externalRef"));
        assertThat(costsOf(own)).isEqualTo(1);
        given().auth().oauth2(Api.finance("mau")).get("/exchanges/" + foreign + "/costs").then()
                .body("total", equalTo(0));
    }

    @Test
    void jsonImportsWorkTheSameWay() {
        String id = exchange("kth");
        String ref = "JSON-" + UUID.randomUUID();
        given().auth().oauth2(Api.finance("kth")).contentType(ContentType.JSON)
                .body("""
                        [{"exchangeId": "%1$s", "type": "OTHER", "amountSek": 250.75, "bookedOn": "2030-05-05",
                          "externalRef": "%2$s"},
                         {"exchangeId": "%1$s", "type": "TRAVEL", "amountSek": "x", "bookedOn": "2030-05-05",
                          "externalRef": "%2$s-b"}]
                        """.formatted(id, ref))
                .post("/finance/cost-imports").then().statusCode(422)
                .body("errors.field", hasItem("rows[2].amountSek"));
        assertThat(costsOf(id)).isZero();
        given().auth().oauth2(Api.finance("kth")).contentType(ContentType.JSON)
                .body("[{\"exchangeId\": \"" + id + "\", \"type\": \"OTHER\", \"amountSek\": 250.75, "
                        + "\"bookedOn\": \"2030-05-05\", \"externalRef\": \"" + ref + "\"}]")
                .post("/finance/cost-imports").then().statusCode(200).body("imported", equalTo(1));
        assertThat(costsOf(id)).isEqualTo(1);
    }

    @Test
    void malformedFilesAndWrongRolesAreRefusedWithoutSideEffects() {
        given().auth().oauth2(Api.finance("kth")).contentType("text/csv").body("exchangeId,type\nx,y\n")
                .post("/finance/cost-imports").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("header"));
        given().auth().oauth2(Api.finance("kth")).contentType("text/csv").body("")
                .post("/finance/cost-imports").then().statusCode(400);
        given().auth().oauth2(Api.finance("kth")).contentType("text/csv").body(
                        "exchangeId,type,amountSek,bookedOn,externalRef\n\"unclosed,TRAVEL,1,2030-01-01,r\n")
                .post("/finance/cost-imports").then().statusCode(400);
        given().auth().oauth2(Api.finance("kth")).contentType(ContentType.JSON).body("{\"not\": \"an array\"}")
                .post("/finance/cost-imports").then().statusCode(400);
        given().auth().oauth2(Api.finance("kth")).contentType("text/csv").queryParam("mode", "SOMETIMES")
                .body("exchangeId,type,amountSek,bookedOn,externalRef\n").post("/finance/cost-imports").then()
                .statusCode(400);
        given().auth().oauth2(Api.coordinator("kth")).contentType("text/csv")
                .body("exchangeId,type,amountSek,bookedOn,externalRef\n").post("/finance/cost-imports").then()
                .statusCode(403);
    }
}
