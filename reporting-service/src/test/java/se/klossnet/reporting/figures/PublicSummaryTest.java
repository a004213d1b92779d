package se.klossnet.reporting.figures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import se.klossnet.events.Direction;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.FundingSource;
import se.klossnet.events.HostOrganisation;
import se.klossnet.events.HostSector;
import se.klossnet.events.call.ProgrammeCreated;
import se.klossnet.events.exchange.ExchangeCompleted;
import se.klossnet.events.exchange.ExchangePlanned;
import se.klossnet.events.followup.OutcomeReported;
import se.klossnet.events.followup.OutcomeSide;
import se.klossnet.events.followup.OutcomeType;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.reporting.testing.EventFeed;
import se.klossnet.reporting.testing.Hub;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

/**
 * Small cells (1 or 2, with the default threshold of 3) must not be disclosed to the public or to anyone but an
 * analyst, and neither may a sum or average that rests on them. liu: 4 exchanges planned, 2 completed, 1 outcome;
 * miun: 3 planned, 3 completed.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class PublicSummaryTest {

    private static final Instant MAY_2025 = Instant.parse("2025-05-02T10:00:00Z");
    private static boolean fed;

    private static synchronized void feed() {
        if (fed) {
            return;
        }
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        exchanges(records, "liu", 4, 2, List.of(new BigDecimal("0.6"), new BigDecimal("1.2")));
        exchanges(records, "miun", 3, 3, List.of(new BigDecimal("1.0"), new BigDecimal("1.0"), new BigDecimal("0.4")));
        records.add(record("liu", new OutcomeReported("out-liu-1", "ex-liu-0", OutcomeType.RECRUITMENT,
                OutcomeSide.EXTERNAL, LocalDate.of(2025, 9, 1), true)));
        EventFeed.produce(RealInfrastructure.kafka().bootstrapServers(), records);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(Hub.health("liu").orElseThrow().get("eventsTotal")).isEqualTo(4 + 2 + 1 + 1);
            assertThat(Hub.health("miun").orElseThrow().get("eventsTotal")).isEqualTo(3 + 3 + 1);
        });
        fed = true;
    }

    private static void exchanges(List<ProducerRecord<String, byte[]>> records, String institution, int planned,
                                  int completed, List<BigDecimal> personMonths) {
        String programme = "prog-" + institution;
        records.add(record(institution, new ProgrammeCreated(programme, "PAUS " + institution, Direction.OUTBOUND,
                FundingSource.OWN_FUNDS, List.of("teaching"), BigDecimal.valueOf(1_000_000))));
        for (int i = 0; i < planned; i++) {
            records.add(record(institution, new ExchangePlanned("ex-" + institution + "-" + i, null, programme,
                    Direction.OUTBOUND, "p-" + institution + i, new HostOrganisation(HostSector.PUBLIC, "SE",
                    "212000000" + i, "22"), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 10, 31), 20,
                    BigDecimal.valueOf(100_000))));
        }
        for (int i = 0; i < completed; i++) {
            records.add(record(institution, new ExchangeCompleted("ex-" + institution + "-" + i,
                    LocalDate.of(2025, 11, 1), personMonths.get(i))));
        }
    }

    private static ProducerRecord<String, byte[]> record(String institution, DomainEvent event) {
        return CloudEventsKafkaMapping.toRecord(EventEnvelope.wrap(institution, "test", event,
                Clock.fixed(MAY_2025, ZoneOffset.UTC)));
    }

    @Test
    void thePublicSummaryWithholdsCellsBelowTheThresholdWithoutAToken() {
        feed();
        given().queryParam("institution", "liu,miun").get("/public/summary").then().statusCode(200)
                .body("suppression.applied", equalTo(true))
                .body("suppression.threshold", equalTo(3))
                .body("rows.institution", org.hamcrest.Matchers.contains("liu", "miun"))
                // liu: 4 planned is shown; 2 completed, and the person-months resting on them, are not; 1 outcome neither
                .body("rows[0].exchangesPlanned", equalTo(4))
                .body("rows[0].exchangesCompleted", org.hamcrest.Matchers.nullValue())
                .body("rows[0].personMonths", org.hamcrest.Matchers.nullValue())
                .body("rows[0].outcomes", org.hamcrest.Matchers.nullValue())
                .body("rows[0].suppressed", org.hamcrest.Matchers.containsInAnyOrder("exchangesCompleted",
                        "personMonths", "outcomes"))
                // zero reveals no one and stays
                .body("rows[0].applications", equalTo(0))
                // miun: 3 completed reaches the threshold
                .body("rows[1].exchangesCompleted", equalTo(3))
                .body("rows[1].suppressed", org.hamcrest.Matchers.nullValue());
        Map<String, Object> miun = Hub.json("/public/summary", Map.of("institution", "miun"), null).getMap("rows[0]");
        assertThat(Hub.decimal(miun.get("personMonths"))).isEqualByComparingTo("2.4");
    }

    @Test
    void theSameRuleAppliesToCsvAndToEveryoneButAnAnalyst() throws Exception {
        feed();
        List<CSVRecord> publicCsv = csv(given().queryParam("institution", "liu,miun").queryParam("format", "csv")
                .get("/public/summary").then().statusCode(200).extract().asString());
        assertThat(publicCsv.get(0).get("institution")).isEqualTo("liu");
        assertThat(publicCsv.get(0).get("exchangesCompleted")).isEqualTo("..");
        assertThat(publicCsv.get(0).get("exchangesPlanned")).isEqualTo("4");
        assertThat(publicCsv.get(1).get("exchangesCompleted")).isEqualTo("3");

        String admin = TestTokens.of("hub-admin", "national", "admin");
        List<CSVRecord> adminCsv = csv(given().auth().oauth2(admin).queryParam("institution", "liu")
                .queryParam("groupBy", "institution").accept("text/csv").get("/national/figures").then().statusCode(200)
                .extract().asString());
        assertThat(adminCsv.get(0).get("exchangesCompleted")).isEqualTo("..");
        assertThat(adminCsv.get(0).get("personMonths")).isEqualTo("..");
        given().auth().oauth2(admin).queryParam("institution", "liu").get("/national/figures").then().statusCode(200)
                .body("suppression.applied", equalTo(true)).body("rows[0].exchangesCompleted", org.hamcrest.Matchers.nullValue());

        // The analyst sees the exact figures.
        Map<String, Object> exact = Hub.totals(Map.of("institution", "liu"));
        assertThat(exact.get("exchangesCompleted")).isEqualTo(2);
        assertThat(Hub.decimal(exact.get("personMonths"))).isEqualByComparingTo("1.8");
        assertThat(exact.get("outcomes")).isEqualTo(1);
        List<CSVRecord> analystCsv = csv(given().auth().oauth2(Hub.ANALYST).queryParam("institution", "liu")
                .queryParam("format", "csv").get("/national/figures").then().statusCode(200).extract().asString());
        assertThat(analystCsv.get(0).get("exchangesCompleted")).isEqualTo("2");
    }

    @Test
    void thePublicSummaryGroupsOnlyByCoarseDimensions() {
        given().queryParam("groupBy", "programme").get("/public/summary").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("groupBy"));
        given().queryParam("groupBy", "region").queryParam("year", 2025).get("/public/summary").then().statusCode(200)
                .body("columns.key", org.hamcrest.Matchers.hasItems("region", "regionName", "exchangesPlanned"));
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }
}
