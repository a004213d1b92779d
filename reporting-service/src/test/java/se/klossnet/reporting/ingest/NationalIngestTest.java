package se.klossnet.reporting.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static se.klossnet.reporting.testing.Hub.ANALYST;
import static se.klossnet.reporting.testing.Hub.assertFigures;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.klossnet.events.Direction;
import se.klossnet.events.FundingSource;
import se.klossnet.events.HostSector;
import se.klossnet.reporting.testing.EventFeed;
import se.klossnet.reporting.testing.ExpectedFigures;
import se.klossnet.reporting.testing.ExpectedFigures.Dims;
import se.klossnet.reporting.testing.Hub;
import se.klossnet.reporting.testing.MobilityStreamGenerator;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;
import se.klossnet.testing.TopicProbe;

/**
 * A generated stream with known totals (three institutions, one of them a member added by configuration, two
 * years, duplicates, events out of order, an unknown type and an unsupported version) must give exactly those
 * totals in the national API, whatever the filter and group-by.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class NationalIngestTest {

    private static final List<String> INSTITUTIONS = List.of("lu", "sh", "hkv");
    private static final Map<String, String> REGION = Map.of("lu", "12", "sh", "01", "hkv", "12");
    private static final String ONLY_OURS = String.join(",", INSTITUTIONS);
    private static ExpectedFigures expected;

    private static synchronized ExpectedFigures stream() {
        if (expected == null) {
            MobilityStreamGenerator generator = MobilityStreamGenerator.builder().seed(6)
                    .institutions(INSTITUTIONS.toArray(String[]::new)).years(2024, 2025).programmesPerYear(3)
                    .applicationsPerProgramme(6).build();
            EventFeed.produce(RealInfrastructure.kafka().bootstrapServers(), generator.records());
            expected = generator.expected();
            Hub.awaitIngested(expected, INSTITUTIONS.toArray(String[]::new));
        }
        return expected;
    }

    private static Predicate<Dims> ours() {
        return d -> INSTITUTIONS.contains(d.institution());
    }

    @Test
    void aStreamWithRepeatsAndEventsOutOfOrderGivesExactlyItsKnownTotals() {
        ExpectedFigures expected = stream();
        assertThat(expected.records()).as("the stream repeats events and holds two dead letters")
                .isGreaterThan(expected.totalDistinctEvents() + 2);
        Map<String, Object> totals = Hub.totals(Map.of("institution", ONLY_OURS));
        assertFigures(totals, expected.keyFigures(ours()), "all three institutions");
        assertThat(((Number) totals.get("exchangesPlanned")).longValue()).isPositive();
        assertThat(((Number) totals.get("outcomes")).longValue()).isPositive();
    }

    @Test
    void everyFilterAndGroupByGivesTheKnownTotals() {
        ExpectedFigures expected = stream();
        for (Map<String, Object> row : Hub.rows("/national/figures", Map.of("institution", ONLY_OURS, "groupBy", "institution"))) {
            String institution = (String) row.get("institution");
            assertFigures(row, expected.keyFigures(d -> d.institution().equals(institution)), institution);
        }
        assertThat(Hub.rows("/national/figures", Map.of("institution", ONLY_OURS, "groupBy", "institution")))
                .extracting(r -> r.get("institutionName"))
                .containsExactly("Högskolan i Kvarnby", "Lunds universitet", "Södertörns högskola");

        assertFigures(Hub.totals(Map.of("institution", ONLY_OURS, "year", 2024)),
                expected.keyFigures(ours().and(d -> d.year() == 2024)), "year 2024");
        assertFigures(Hub.totals(Map.of("institution", ONLY_OURS, "quarter", "2025-Q2")),
                expected.keyFigures(ours().and(d -> d.quarter().equals("2025-Q2"))), "quarter 2025-Q2");
        assertFigures(Hub.totals(Map.of("institution", ONLY_OURS, "direction", "OUTBOUND")),
                expected.keyFigures(ours().and(d -> d.direction() == Direction.OUTBOUND)), "outbound");
        assertFigures(Hub.totals(Map.of("institution", ONLY_OURS, "fundingSource", "VINNOVA,ERASMUS_PLUS")),
                expected.keyFigures(ours().and(d -> Set.of(FundingSource.VINNOVA, FundingSource.ERASMUS_PLUS)
                        .contains(d.funding()))), "Vinnova or Erasmus+");
        assertFigures(Hub.totals(Map.of("institution", ONLY_OURS, "theme", "teaching")),
                expected.keyFigures(ours().and(d -> d.themes().contains("teaching"))), "theme teaching");
        assertFigures(Hub.totals(Map.of("institution", ONLY_OURS, "region", "12")),
                expected.keyFigures(ours().and(d -> REGION.get(d.institution()).equals("12"))), "region 12");

        // Calls have no host sector: with that filter they are not applicable, not zero.
        Map<String, Object> business = Hub.totals(Map.of("institution", ONLY_OURS, "hostSector", "BUSINESS"));
        Map<String, Object> expectedBusiness = expected.keyFigures(ours().and(d -> d.hostSector() == HostSector.BUSINESS));
        expectedBusiness.put("calls", null);
        assertFigures(business, expectedBusiness, "host sector business");

        String programme = Hub.json("/national/dimensions", Map.of(), ANALYST).getList("programmes.findAll { it.institution == 'sh' }.id", String.class).get(0);
        assertFigures(Hub.totals(Map.of("programme", programme)),
                expected.keyFigures(d -> programme.equals(d.programmeId())), "one programme");

        for (Map<String, Object> row : Hub.rows("/national/figures",
                Map.of("institution", ONLY_OURS, "groupBy", "year,direction"))) {
            int year = ((Number) row.get("year")).intValue();
            Direction direction = Direction.valueOf((String) row.get("direction"));
            assertFigures(row, expected.keyFigures(ours().and(d -> d.year() == year && d.direction() == direction)),
                    year + " " + direction);
        }
    }

    @Test
    void timeSeriesGiveTheFigurePerYear() {
        ExpectedFigures expected = stream();
        List<Map<String, Object>> series = Hub.rows("/national/timeseries",
                Map.of("figure", "exchangesCompleted", "institution", ONLY_OURS));
        assertThat(series).extracting(r -> ((Number) r.get("year")).intValue()).containsExactly(2024, 2025);
        for (Map<String, Object> point : series) {
            int year = ((Number) point.get("year")).intValue();
            assertFigures(point, Map.of("exchangesCompleted",
                    expected.keyFigures(ours().and(d -> d.year() == year)).get("exchangesCompleted")), "year " + year);
        }
    }

    @Test
    void outcomesAndSurveyScoresByTheirOwnDimensions() {
        ExpectedFigures expected = stream();
        Map<List<Object>, Long> outcomes = expected.outcomesByTypeAndSide(ours());
        List<Map<String, Object>> rows = Hub.rows("/national/outcomes", Map.of("institution", ONLY_OURS));
        assertThat(rows).hasSize(outcomes.size());
        for (Map<String, Object> row : rows) {
            assertThat(((Number) row.get("outcomes")).longValue()).as(row.toString())
                    .isEqualTo(outcomes.get(List.of(row.get("outcomeType"), row.get("outcomeSide"))));
        }
        Map<List<Object>, java.math.BigDecimal> averages = expected.surveyAverages(ours());
        List<Map<String, Object>> scores = Hub.rows("/national/surveys", Map.of("institution", ONLY_OURS));
        assertThat(scores).hasSize(averages.size());
        for (Map<String, Object> row : scores) {
            assertThat(Hub.decimal(row.get("avgSurveyScore"))).as(row.toString())
                    .isEqualByComparingTo(averages.get(List.of(row.get("respondentRole"), row.get("question"))));
        }
    }

    @Test
    void unknownTypesAndVersionsAreDeadLetteredCountedAndIngestGoesOn() {
        stream();
        assertThat(Hub.health("lu").orElseThrow().get("deadLetters")).isEqualTo(1);
        assertThat(Hub.health("sh").orElseThrow().get("deadLetters")).isEqualTo(1);
        assertThat(Hub.health("hkv").orElseThrow().get("deadLetters")).isEqualTo(0);
        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), "kloss.lu.exchange.v1.dlq")) {
            List<ConsumerRecord<String, byte[]>> dead = probe.awaitRecords(1, Duration.ofSeconds(20), r -> true);
            assertThat(dead).hasSize(1);
            assertThat(new String(dead.get(0).headers().lastHeader("kloss-dlq-reason").value(), StandardCharsets.UTF_8))
                    .contains("unknown event type se.klossnet.exchange.ExchangeTeleported");
        }
        // The consumer has committed everything: no lag on any of the three institutions' topics.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String institution : INSTITUTIONS) {
                Map<String, Object> health = Hub.health(institution).orElseThrow();
                assertThat(health.get("callLag")).as(institution).isEqualTo(0);
                assertThat(health.get("exchangeLag")).as(institution).isEqualTo(0);
                assertThat(health.get("followupLag")).as(institution).isEqualTo(0);
            }
        });
    }

    @Test
    void everyTableExportsAsCsvWithTheSameFigures() throws Exception {
        stream();
        List<Map<String, Object>> json = Hub.rows("/national/figures", Map.of("institution", ONLY_OURS, "groupBy", "institution"));
        var response = given().auth().oauth2(ANALYST).queryParam("institution", ONLY_OURS).queryParam("groupBy", "institution")
                .queryParam("format", "csv").get("/national/figures").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("key-figures.csv"))
                .extract().asString();
        List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response)).getRecords();
        assertThat(csv).hasSize(json.size());
        for (int i = 0; i < csv.size(); i++) {
            for (String key : List.of("institution", "exchangesPlanned", "personMonths", "grantRate", "fundsSpentSek")) {
                Object value = json.get(i).get(key);
                String cell = csv.get(i).get(key);
                if (value instanceof Number) {
                    assertThat(new java.math.BigDecimal(cell)).as(key).isEqualByComparingTo(Hub.decimal(value));
                } else {
                    assertThat(cell).as(key).isEqualTo(value == null ? "" : value.toString());
                }
            }
        }
        // Accept: text/csv works as well as ?format=csv, for every table.
        for (String table : List.of("/national/outcomes", "/national/surveys", "/national/hosts", "/national/timeseries",
                "/national/health", "/national/exchanges")) {
            given().auth().oauth2(ANALYST).accept("text/csv").queryParam("institution", ONLY_OURS).get(table).then()
                    .statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
        }
    }

    @Test
    void theDrillDownListsTheExchangesPagedAndOnlyForAnalysts() {
        ExpectedFigures expected = stream();
        long luExchanges = (Long) expected.keyFigures(d -> d.institution().equals("lu")).get("exchangesPlanned");
        given().auth().oauth2(ANALYST).queryParam("institution", "lu").queryParam("size", 5).get("/national/exchanges")
                .then().statusCode(200).body("paging.total", equalTo((int) luExchanges)).body("rows.size()", equalTo(5))
                .body("rows.institution", org.hamcrest.Matchers.everyItem(equalTo("lu")));
        given().auth().oauth2(TestTokens.of("hub-admin", "national", "admin")).get("/national/exchanges").then()
                .statusCode(403);
    }

    @Test
    void invalidFiltersAreRefusedNamingTheParameter() {
        given().auth().oauth2(ANALYST).queryParam("year", "20x5").get("/national/figures").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("year"));
        given().auth().oauth2(ANALYST).queryParam("groupBy", "colour").get("/national/figures").then().statusCode(400)
                .body("errors.field", hasItem("groupBy"));
        given().auth().oauth2(ANALYST).queryParam("direction", "SIDEWAYS").queryParam("quarter", "2025-Q5")
                .get("/national/figures").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("direction", "quarter"));
        given().get("/national/figures").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(ANALYST).queryParam("groupBy", "hostSector").get("/national/figures").then()
                .statusCode(200).body("rows[0].calls", nullValue());
    }
}
