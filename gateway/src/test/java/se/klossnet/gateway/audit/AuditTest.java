package se.klossnet.gateway.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.klossnet.gateway.UpstreamDouble;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(UpstreamDouble.class)
class AuditTest {

    private static final String KTH_ADMIN = TestTokens.of("audit-kth-admin", "kth", "admin");
    private static final String KTH_STAFF = TestTokens.of("audit-kth-staff", "kth", "staff");
    private static final String MAU_STAFF = TestTokens.of("audit-mau-staff", "mau", "staff");

    @Test
    void everyRequestOfARunHasExactlyOneEntryWithWhoWhatWhenAndResult() {
        String run = "run-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = run + "-" + i;
            ids.add(id);
            given().auth().oauth2(KTH_STAFF).header("X-Request-Id", id).get("/call/things/" + i + "?name=Karin")
                    .then().statusCode(200);
        }

        for (String id : ids) {
            JsonPath entry = awaitEntry(KTH_ADMIN, Map.of("requestId", id));
            assertThat(entry.getInt("total")).as("entries of %s", id).isEqualTo(1);
            assertThat(entry.getString("items[0].subject")).isEqualTo("sub-audit-kth-staff");
            assertThat(entry.getString("items[0].institution")).isEqualTo("kth");
            assertThat(entry.getString("items[0].method")).isEqualTo("GET");
            assertThat(entry.getString("items[0].route")).isEqualTo("call");
            assertThat(entry.getString("items[0].path")).startsWith("/call/things/").doesNotContain("?").doesNotContain("Karin");
            assertThat(entry.getInt("items[0].status")).isEqualTo(200);
            assertThat(entry.getString("items[0].at")).isNotBlank();
        }
    }

    @Test
    void refusalsAndTheGatewaysOwnEndpointsAreAuditedToo() {
        String anonymous = "anon-" + UUID.randomUUID();
        given().header("X-Request-Id", anonymous).get("/call/things").then().statusCode(401);
        JsonPath refused = awaitEntry(KTH_ADMIN, Map.of("requestId", anonymous, "anonymous", "true"));
        assertThat(refused.getInt("items[0].status")).isEqualTo(401);
        assertThat(refused.getString("items[0].subject")).isNull();

        String own = "own-" + UUID.randomUUID();
        given().auth().oauth2(KTH_STAFF).header("X-Request-Id", own).get("/whoami").then().statusCode(200);
        JsonPath whoami = awaitEntry(KTH_ADMIN, Map.of("requestId", own));
        assertThat(whoami.getString("items[0].route")).isEqualTo("gateway");
        assertThat(whoami.getString("items[0].subject")).isEqualTo("sub-audit-kth-staff");
    }

    @Test
    void personalIdentifiersInAPathAreRedacted() {
        String id = "pnr-" + UUID.randomUUID();
        given().auth().oauth2(KTH_STAFF).header("X-Request-Id", id).get("/call/persons/19811228-9874/mail/karin@kth.se")
                .then().statusCode(200);
        assertThat(awaitEntry(KTH_ADMIN, Map.of("requestId", id)).getString("items[0].path"))
                .isEqualTo("/call/persons/:redacted/mail/:redacted");
    }

    @Test
    void anAdminReadsTheirOwnInstitutionsEntriesOnly() {
        String mauRequest = "mau-" + UUID.randomUUID();
        given().auth().oauth2(MAU_STAFF).header("X-Request-Id", mauRequest).get("/call/things").then().statusCode(200);
        awaitEntry(TestTokens.of("audit-mau-admin", "mau", "admin"), Map.of("requestId", mauRequest));

        given().auth().oauth2(KTH_ADMIN).queryParam("requestId", mauRequest).get("/admin/audit")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(KTH_ADMIN).queryParam("institution", "mau").get("/admin/audit")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(KTH_STAFF).get("/admin/audit").then().statusCode(403);
        given().get("/admin/audit").then().statusCode(401);
    }

    @Test
    void theLogPagesNewestFirstAndFiltersByTime() {
        String run = "page-" + UUID.randomUUID();
        String admin = TestTokens.of("audit-page-admin", "kth", "admin");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(admin).header("X-Request-Id", run + "-" + i).get("/call/things").then().statusCode(200);
        }
        awaitEntry(admin, Map.of("requestId", run + "-2"));
        JsonPath page = given().auth().oauth2(admin).queryParam("subject", "sub-audit-page-admin").queryParam("route", "call")
                .queryParam("size", 2).get("/admin/audit").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items")).hasSize(2);
        assertThat(page.getInt("total")).isEqualTo(3);
        assertThat(page.getString("items[0].requestId")).isEqualTo(run + "-2");
        String newest = page.getString("items[0].at");
        given().auth().oauth2(admin).queryParam("subject", "sub-audit-page-admin").queryParam("route", "call")
                .queryParam("from", "2000-01-01T00:00:00Z").queryParam("to", newest).get("/admin/audit")
                .then().statusCode(200).body("total", equalTo(2));
        given().auth().oauth2(admin).queryParam("from", "not-a-time").get("/admin/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void theLogIsAppendOnlyInTheDatabase() throws SQLException {
        String id = "append-" + UUID.randomUUID();
        given().auth().oauth2(KTH_STAFF).header("X-Request-Id", id).get("/call/things").then().statusCode(200);
        awaitEntry(KTH_ADMIN, Map.of("requestId", id));
        try (Connection db = DriverManager.getConnection(RealInfrastructure.jdbcUrl(), "postgres", "postgres");
             Statement sql = db.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE gateway_audit SET status = 200 WHERE request_id = '" + id + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM gateway_audit WHERE request_id = '" + id + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("TRUNCATE gateway_audit")).hasMessageContaining("append-only");
            try (var rows = sql.executeQuery("SELECT count(*) FROM gateway_audit WHERE request_id = '" + id + "'")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        }
    }

    private static JsonPath awaitEntry(String adminToken, Map<String, String> query) {
        return Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(adminToken).queryParams(query).get("/admin/audit")
                        .then().statusCode(200).extract().jsonPath(),
                        // the items, not the total: the page's list and count are two queries, and the trail's
                        // batch may commit between them (total 1 with no item yet)
                        page -> !page.getList("items").isEmpty());
    }
}
