package se.klossnet.reporting.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.klossnet.testing.TestTokens;

/** What the tests ask the running hub, as a user of its API would. */
public final class Hub {

    public static final String ANALYST = TestTokens.of("analyst", "national", "analyst");
    public static final String ADMIN = TestTokens.of("hub-admin", "national", "admin");

    static {
        // Exact decimals: sums of money and rates must compare exactly, not as floats.
        io.restassured.RestAssured.config = io.restassured.RestAssured.config().jsonConfig(
                io.restassured.config.JsonConfig.jsonConfig().numberReturnType(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private Hub() {
    }

    /** Asserts that every expected figure is in the row with exactly that value (numbers compared by value). */
    public static void assertFigures(Map<String, Object> actual, Map<String, Object> expected, String what) {
        expected.forEach((key, value) -> {
            Object got = actual.get(key);
            if (value == null) {
                org.assertj.core.api.Assertions.assertThat(got).as(what + ": " + key).isNull();
            } else {
                org.assertj.core.api.Assertions.assertThat(decimal(got)).as(what + ": " + key)
                        .isNotNull().isEqualByComparingTo(decimal(value));
            }
        });
    }

    /** The rows of a table endpoint, as an analyst sees them. */
    public static List<Map<String, Object>> rows(String path, Map<String, ?> query) {
        return given().auth().oauth2(ANALYST).queryParams(query).get(path).then().statusCode(200).extract()
                .jsonPath().getList("rows");
    }

    public static Map<String, Object> totals(Map<String, ?> query) {
        return rows("/national/figures", query).get(0);
    }

    /** The network-health row of an institution. */
    public static Optional<Map<String, Object>> health(String institution) {
        List<Map<String, Object>> rows = given().auth().oauth2(ANALYST).get("/national/health").then().statusCode(200)
                .extract().jsonPath().getList("rows");
        return rows.stream().filter(r -> institution.equals(r.get("institution"))).findFirst();
    }

    /** Waits until the hub has ingested every distinct event of these institutions and dead-lettered the rest. */
    public static void awaitIngested(ExpectedFigures expected, String... institutions) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (String institution : institutions) {
                Map<String, Object> row = health(institution).orElseThrow(() -> new AssertionError(institution + " not in health"));
                org.assertj.core.api.Assertions.assertThat(((Number) row.get("eventsTotal")).longValue())
                        .as("events ingested for " + institution).isEqualTo(expected.distinctEvents(institution));
                org.assertj.core.api.Assertions.assertThat(((Number) row.get("deadLetters")).longValue())
                        .as("dead letters of " + institution).isEqualTo(expected.deadLetters(institution));
            }
        });
    }

    /** A JSON number or null as a BigDecimal, for exact comparisons whatever JSON type it was read as. */
    public static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    /** GETs a JSON document; {@code token} null for an anonymous call. */
    public static JsonPath json(String path, Map<String, ?> query, String token) {
        var request = token == null ? given() : given().auth().oauth2(token);
        return request.queryParams(query).get(path).then().statusCode(200).extract().jsonPath();
    }
}
