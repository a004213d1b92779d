package se.klossnet.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.path.json.JsonPath;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.klossnet.demo.DemoConfig;
import se.klossnet.demo.DemoHistory;
import se.klossnet.demo.plan.DemoPlan;
import se.klossnet.demo.plan.DemoPlan.InstitutionPlan;
import se.klossnet.demo.run.Tally;
import se.klossnet.demo.run.Tally.Item;

/**
 * The demo generator ({@code ./kloss demo}) against the running network: a small history written through every
 * node's gateway with real tokens reaches the national hub, which then counts, per institution and so per node,
 * exactly what was written, over several years and in every direction.
 */
class DemoHistorySystemTest {

    @Test
    void aSmallDemoHistoryShowsInTheNationalFiguresOfEveryNode() throws Exception {
        // A fresh seed each run, so that a rerun against the same network adds a batch instead of being skipped.
        String seed = String.valueOf(1_000_000 + new SecureRandom().nextInt(1_000_000));
        System.out.println("demo seed " + seed);
        Map<String, Map<String, Long>> byYearBefore = byYearAndDirection();

        DemoHistory.Result result = new DemoHistory(
                DemoConfig.parse(new String[] {"--scale", "small", "--seed", seed}, System.getProperties()), System.out).run();

        DemoPlan plan = result.plan();
        List<String> served = Network.NODES.stream().flatMap(n -> Network.institutionsOf(n).stream()).toList();
        assertThat(plan.institutions()).extracting(InstitutionPlan::institution).containsExactlyInAnyOrderElementsOf(served);
        for (InstitutionPlan institution : plan.institutions()) {
            String inst = institution.institution();
            Tally tally = result.tallies().get(inst);
            assertThat(tally.skippedReason()).as(inst).isNull();
            // Everything planned was written...
            assertThat(tally.get(Item.APPLICATIONS)).as(inst + " applications").isEqualTo(institution.applicationCount());
            assertThat(tally.get(Item.GRANTED)).as(inst + " grants").isEqualTo(institution.count(DemoPlan.Fate.GRANTED));
            assertThat(tally.get(Item.EXCHANGES)).as(inst + " exchanges").isEqualTo(tally.get(Item.GRANTED));
            // ... and the hub counts exactly that much more for the institution, at whichever node it lives.
            for (String figure : DemoHistory.AWAITED) {
                long added = value(result.hubAfter().get(inst), figure) - value(result.hubBefore().get(inst), figure);
                assertThat(added).as(inst + " " + figure + " at the hub").isEqualTo(tally.get(item(figure)));
            }
        }
        // Per node: the sum over the node's institutions.
        for (String node : Network.NODES) {
            long written = Network.institutionsOf(node).stream().mapToLong(i -> result.tallies().get(i).get(Item.APPLICATIONS)).sum();
            long counted = Network.institutionsOf(node).stream().mapToLong(i ->
                    value(result.hubAfter().get(i), "applications") - value(result.hubBefore().get(i), "applications")).sum();
            assertThat(counted).as("applications of node " + node).isEqualTo(written).isPositive();
        }

        // The story spans several years of calls and every direction of exchange.
        Map<String, Map<String, Long>> byYearAfter = byYearAndDirection();
        Set<String> yearsWithNewCalls = new HashSet<>();
        Set<String> directionsWithNewExchanges = new HashSet<>();
        for (Map.Entry<String, Map<String, Long>> e : byYearAfter.entrySet()) {
            Map<String, Long> before = byYearBefore.getOrDefault(e.getKey(), Map.of());
            String[] yearAndDirection = e.getKey().split("/");
            if (e.getValue().get("calls") > before.getOrDefault("calls", 0L)) {
                yearsWithNewCalls.add(yearAndDirection[0]);
            }
            if (e.getValue().get("exchangesPlanned") > before.getOrDefault("exchangesPlanned", 0L)) {
                directionsWithNewExchanges.add(yearAndDirection[1]);
            }
        }
        assertThat(yearsWithNewCalls).hasSizeGreaterThanOrEqualTo(3);
        assertThat(directionsWithNewExchanges).containsExactlyInAnyOrder("OUTBOUND", "INBOUND", "ALLIANCE");
    }

    /** calls and exchangesPlanned per "year/direction", as the analyst reads them through the hub's gateway. */
    private static Map<String, Map<String, Long>> byYearAndDirection() {
        JsonPath table = given().auth().oauth2(Network.passwordToken("analyst"))
                .queryParam("groupBy", "year,direction")
                .get(Network.HUB_GATEWAY + "/reporting/national/figures").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Long>> rows = new HashMap<>();
        for (Map<String, Object> row : table.<Map<String, Object>>getList("rows")) {
            Map<String, Long> figures = new HashMap<>();
            figures.put("calls", number(row.get("calls")));
            figures.put("exchangesPlanned", number(row.get("exchangesPlanned")));
            rows.put(row.get("year") + "/" + row.get("direction"), figures);
        }
        return rows;
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static long value(JsonNode row, String figure) {
        return row == null ? 0 : row.path(figure).asLong(0);
    }

    private static Item item(String figure) {
        return switch (figure) {
            case "applications" -> Item.APPLICATIONS;
            case "granted" -> Item.GRANTED;
            case "exchangesPlanned" -> Item.EXCHANGES;
            case "exchangesCompleted" -> Item.COMPLETED;
            case "outcomes" -> Item.OUTCOMES;
            default -> throw new IllegalArgumentException("no demo count for " + figure);
        };
    }
}
