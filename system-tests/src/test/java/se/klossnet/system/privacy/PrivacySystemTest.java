package se.klossnet.system.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import se.klossnet.system.ApplicationBodies;
import se.klossnet.system.Network;

/**
 * Privacy across a running node (issue 10), with real Keycloak tokens. Each test creates a person of its own in
 * Keycloak (so the demo users' data stays as other tests expect it), takes them through a whole lifecycle (an
 * application, a granted exchange with their name on the agreement, logbook entries, an outcome and a survey
 * answer) and then exports and erases them.
 */
class PrivacySystemTest {

    private final String node = Network.nodeOf("kth");
    private final String call = Network.url(node, "call");
    private final String exchange = Network.url(node, "exchange");
    private final String followup = Network.url(node, "followup");
    /** Tokens live five minutes and a lifecycle on a loaded machine can take longer: each use takes a fresh one. */
    private static final Map<String, Map.Entry<String, Instant>> TOKENS = new HashMap<>();

    private static synchronized String token(String username) {
        Map.Entry<String, Instant> cached = TOKENS.get(username);
        if (cached == null || cached.getValue().isBefore(Instant.now().minusSeconds(120))) {
            cached = Map.entry(Network.passwordToken(username), Instant.now());
            TOKENS.put(username, cached);
        }
        return cached.getKey();
    }

    private static String coordinator() {
        return token("kth-coordinator");
    }

    private static String privacyOfficer() {
        return token("kth-privacy");
    }

    /** A person of this test, and the texts that identify them or that they wrote. */
    private record Person(String username, String name, String email, List<String> secrets) {
        String token() {
            return PrivacySystemTest.token(username);
        }
    }

    /** What the lifecycle created. */
    private record Lifecycle(Person person, String pseudonym, String application, String exchange) {
    }

    @Test
    void aPersonsLifecycleIsExportedThenErasedFromEveryServiceDatabaseAndTopicWithTheFiguresUnchanged()
            throws SQLException {
        Lifecycle life = lifecycle(newPerson(), true);
        Person p = life.person();

        // Access export, asked for by the person themself, with all four kinds of data in it.
        String export = given().auth().oauth2(p.token()).contentType(ContentType.JSON).body("{}")
                .post(call + "/privacy/exports").then().statusCode(202)
                .body("personPseudonym", equalTo(life.pseudonym())).extract().header("Location");
        awaitStatus(export, p::token, "COMPLETE");
        String document = given().auth().oauth2(p.token()).get(export + "/document").then().statusCode(200)
                .extract().asString();
        assertThat(document).contains(life.application()).contains(life.exchange()).contains(p.name())
                .contains(p.secrets().get(0)) // the application's purpose
                .contains(p.secrets().get(1)) // the logbook entry
                .contains(p.secrets().get(2)) // the outcome
                .contains(p.secrets().get(3)); // the survey answer
        JsonPath parts = JsonPath.from(document);
        assertThat(parts.getList("services.'call-service'.applications")).hasSize(1);
        assertThat(parts.getList("services.'exchange-service'.exchanges")).hasSize(1);
        assertThat(parts.getList("services.'followup-service'.logbookEntries")).hasSize(1);
        assertThat(parts.getList("services.'followup-service'.surveyAnswers")).hasSize(1);

        String figuresBefore = stableFigures();

        String erasure = given().auth().oauth2(privacyOfficer()).contentType(ContentType.JSON)
                .body(Map.of("personPseudonym", life.pseudonym())).post(call + "/privacy/erasures").then()
                .statusCode(202).extract().header("Location");
        awaitStatus(erasure, PrivacySystemTest::privacyOfficer, "COMPLETE");
        JsonPath record = given().auth().oauth2(privacyOfficer()).get(erasure).then().statusCode(200).extract().jsonPath();
        assertThat(record.getList("confirmations.service")).containsExactly("call-service", "exchange-service",
                "followup-service");
        assertThat(record.getList("confirmations.outcome")).containsOnly("ERASED");
        assertThat(record.getString("requestedBy")).startsWith("psn-");

        // No API of the node returns the person's name, e-mail, username or free text any more.
        List<String> answers = new ArrayList<>();
        answers.add(given().auth().oauth2(coordinator()).get(call + "/applications/" + life.application()).then()
                .statusCode(200).extract().asString());
        answers.add(given().auth().oauth2(coordinator()).get(exchange + "/exchanges/" + life.exchange()).then()
                .statusCode(200).extract().asString());
        answers.add(given().auth().oauth2(coordinator()).get(exchange + "/exchanges/" + life.exchange() + "/agreement")
                .then().statusCode(200).extract().asString());
        for (String path : List.of("", "/logbook", "/logbook/entries", "/outcomes", "/dissemination")) {
            answers.add(given().auth().oauth2(coordinator()).get(followup + "/exchanges/" + life.exchange() + path)
                    .then().extract().asString());
        }
        answers.add(given().auth().oauth2(coordinator()).queryParam("exchangeId", life.exchange())
                .get(followup + "/survey-distributions").then().statusCode(200).extract().asString());
        answers.add(given().auth().oauth2(privacyOfficer()).contentType(ContentType.JSON)
                .body(Map.of("personPseudonym", life.pseudonym())).post(call + "/privacy/exports").then()
                .statusCode(202).extract().asString());
        for (String answer : answers) {
            for (String secret : identifying(p)) {
                assertThat(answer).doesNotContainIgnoringCase(secret);
            }
        }
        // No database of the node holds any of it in clear text.
        assertThat(scanNodeDatabases(identifying(p))).isEmpty();
        // The national figures did not change.
        assertThat(stableFigures()).isEqualTo(figuresBefore);
        // No event on any topic ever carried it.
        assertThat(scanAllTopics(identifying(p))).isEmpty();
        // The person is no longer linked to the pseudonym: logging in again makes a new person (checked last, since
        // that new person is rightly in the register under their username).
        given().auth().oauth2(p.token()).get(call + "/persons/me").then().statusCode(200)
                .body("pseudonym", org.hamcrest.Matchers.not(equalTo(life.pseudonym())));
    }

    @Test
    void anErasureThatTheAccountingRuleForbidsIsRefusedWithAProblemNamingTheRule() {
        Lifecycle life = lifecycle(newPerson(), false);
        given().auth().oauth2(token("kth-finance")).contentType(ContentType.JSON)
                .body(Map.of("type", "TRAVEL", "amountSek", "1200", "bookedOn", LocalDate.now().toString()))
                .post(exchange + "/exchanges/" + life.exchange() + "/costs").then().statusCode(201);

        given().auth().oauth2(privacyOfficer()).contentType(ContentType.JSON)
                .body(Map.of("personPseudonym", life.pseudonym())).post(call + "/privacy/erasures").then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:kloss:problem:retention-rule"))
                .body("rule", equalTo("accounting-records"))
                .body("detail", org.hamcrest.Matchers.containsString("accounting-records"));
        // Nothing was erased.
        given().auth().oauth2(coordinator()).get(exchange + "/exchanges/" + life.exchange()).then().statusCode(200)
                .body("participant.name", equalTo(life.person().name()));
    }

    // --- the lifecycle -------------------------------------------------------------------------------------------

    private Lifecycle lifecycle(Person p, boolean followUp) {
        String programme = given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body("""
                        {"name": "Privacy system test", "direction": "OUTBOUND", "fundingSource": "OWN_FUNDS",
                         "themes": ["teaching"], "budgetSek": 5000000}
                        """).post(call + "/programmes").then().statusCode(201).extract().path("id");
        String callId = given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body("""
                        {"programmeId": "%s",
                         "title": {"sv": "Utlysning", "en": "Call"}, "description": {"sv": "Ut.", "en": "Out."},
                         "opensAt": "%s", "closesAt": "%s", "budgetSek": 300000, "maxGrantSek": 150000,
                         "minExtentPercent": 10, "maxExtentPercent": 50, "minMonths": 1, "maxMonths": 48,
                         "eligibleStaffCategories": ["TEACHER", "RESEARCHER"]}
                        """.formatted(programme, Instant.now().minus(1, ChronoUnit.HOURS),
                        Instant.now().plus(30, ChronoUnit.DAYS)))
                .post(call + "/calls").then().statusCode(201).extract().path("id");
        given().auth().oauth2(coordinator()).post(call + "/calls/" + callId + "/publish").then().statusCode(200);

        String application = given().auth().oauth2(p.token()).contentType(ContentType.JSON)
                .body(ApplicationBodies.of(p.secrets().get(0), "Saab gets research methods; KTH gets cases.",
                        "Two master's theses at Saab."))
                .post(call + "/calls/" + callId + "/applications").then().statusCode(201).extract().path("id");
        given().auth().oauth2(p.token()).post(call + "/applications/" + application + "/submit").then().statusCode(200);
        given().auth().oauth2(token("kth-manager")).contentType(ContentType.JSON)
                .body("{\"verdict\": \"ENDORSE\", \"comment\": \"Supported.\"}")
                .post(call + "/applications/" + application + "/endorsement").then().statusCode(200);
        given().auth().oauth2(coordinator()).post(call + "/calls/" + callId + "/close").then().statusCode(200);
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body("{\"outcome\": \"GRANT\", \"grantedSek\": 90000, \"motivation\": \"Strong mutual value.\"}")
                .post(call + "/applications/" + application + "/decision").then().statusCode(200);
        String pseudonym = given().auth().oauth2(p.token()).get(call + "/persons/me").then().statusCode(200)
                .extract().path("pseudonym");

        String exchangeId = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(
                () -> given().auth().oauth2(coordinator()).queryParam("applicationId", application)
                        .get(exchange + "/exchanges").then().statusCode(200).extract().<String>path("items[0].id"),
                id -> id != null);
        // The exchange carries the register's pseudonym, which the call-service gave the applicant.
        given().auth().oauth2(coordinator()).get(exchange + "/exchanges/" + exchangeId).then()
                .body("participant.pseudonym", equalTo(pseudonym));
        Map<String, Object> terms = new HashMap<>();
        terms.put("participantAccount", p.username());
        terms.put("participantName", p.name());
        terms.put("hostContactName", "Hanna Host");
        terms.put("hostContactEmail", "host.contact@example.com");
        terms.put("confidentiality", "STANDARD");
        terms.put("intellectualProperty", "TEACHER_EXEMPTION");
        terms.put("insurance", "STATE_INSURANCE");
        terms.put("costSharing", "The institution pays salary; the host pays travel.");
        terms.put("version", exchangeVersion(exchangeId));
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(terms)
                .put(exchange + "/exchanges/" + exchangeId + "/agreement").then().statusCode(200);
        if (!followUp) {
            return new Lifecycle(p, pseudonym, application, exchangeId);
        }

        JsonPath agreement = given().auth().oauth2(coordinator()).get(exchange + "/exchanges/" + exchangeId + "/agreement")
                .then().statusCode(200).extract().jsonPath();
        int number = agreement.getInt("number");
        String sha = agreement.getString("documentSha256");
        sign(p.token(), exchangeId, "PARTICIPANT", number, sha);
        sign(coordinator(), exchangeId, "HOME_INSTITUTION", number, sha);
        String hostLink = given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("party", "HOST_CONTACT")).post(exchange + "/exchanges/" + exchangeId + "/agreement/links")
                .then().statusCode(201).extract().path("token");
        given().contentType(ContentType.JSON).body(Map.of("documentSha256", sha, "signerName", "Hanna Host"))
                .post(exchange + "/signing/" + hostLink).then().statusCode(200);
        command(exchangeId, "start");

        // The followup-service knows the participant by the same pseudonym, with no link by a coordinator.
        String entries = followup + "/exchanges/" + exchangeId + "/logbook/entries";
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(
                () -> given().auth().oauth2(p.token()).contentType(ContentType.JSON).body(Map.of(
                        "writtenOn", LocalDate.now().toString(), "text", p.secrets().get(1), "tags", List.of("mentoring"),
                        "shared", true)).post(entries).statusCode() == 201);
        given().auth().oauth2(p.token()).contentType(ContentType.JSON).body(Map.of("type",
                        "JOINT_PROJECT_OR_APPLICATION", "side", "EXTERNAL", "occurredOn", LocalDate.now().toString(),
                        "description", p.secrets().get(2)))
                .post(followup + "/exchanges/" + exchangeId + "/outcomes").then().statusCode(201);
        command(exchangeId, "complete");
        String distribution = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(
                () -> given().auth().oauth2(p.token()).queryParam("status", "OPEN").get(followup + "/me/surveys")
                        .then().statusCode(200).extract().<String>path("items[0].id"), id -> id != null);
        given().auth().oauth2(p.token()).contentType(ContentType.JSON).body(Map.of("answers", Map.of(
                        "overall_value", 5, "goals_met", 5, "host_support", 4, "recommend", 10,
                        "reflections", p.secrets().get(3))))
                .post(followup + "/me/surveys/" + distribution + "/response").then().statusCode(201);
        return new Lifecycle(p, pseudonym, application, exchangeId);
    }

    private void sign(String token, String exchangeId, String party, int number, String sha) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("party", party, "agreementVersion", number, "documentSha256", sha))
                .post(exchange + "/exchanges/" + exchangeId + "/agreement/signatures").then().statusCode(200);
    }

    private void command(String exchangeId, String action) {
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("version", exchangeVersion(exchangeId)))
                .post(exchange + "/exchanges/" + exchangeId + "/" + action).then().statusCode(200);
    }

    private long exchangeVersion(String exchangeId) {
        return given().auth().oauth2(coordinator()).get(exchange + "/exchanges/" + exchangeId).then().statusCode(200)
                .extract().jsonPath().getLong("version");
    }

    private static void awaitStatus(String location, java.util.function.Supplier<String> token, String status) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                status.equals(given().auth().oauth2(token.get()).get(location).then().statusCode(200).extract()
                        .path("status")));
    }

    /** The national key figures per institution, once two reads a few seconds apart agree (the hub has caught up). */
    private static String stableFigures() {
        String[] last = {""};
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            String rows = given().auth().oauth2(token("analyst")).queryParam("groupBy", "institution")
                    .get(Network.REPORTING + "/national/figures").then().statusCode(200).extract().jsonPath()
                    .getList("rows").toString();
            boolean stable = rows.equals(last[0]);
            last[0] = rows;
            return stable ? rows : null;
        }, rows -> rows != null);
    }

    // --- the person ----------------------------------------------------------------------------------------------

    /** The texts that must be gone after the erasure: name, e-mail, username and everything they wrote. */
    private static List<String> identifying(Person p) {
        List<String> all = new ArrayList<>(p.secrets());
        all.add(p.name());
        all.add(p.email());
        all.add(p.username());
        return all;
    }

    /** A new staff member of kth in Keycloak, with a name and an e-mail address unique to this run. */
    private static Person newPerson() {
        String tag = letters();
        String username = "privacy-" + tag;
        String name = "Sekretess Hemligsson" + tag;
        String email = username + "@privacy.example.se";
        String admin = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", Network.env("KLOSS_KEYCLOAK_ADMIN_USER", "admin"))
                .formParam("password", Network.env("KLOSS_KEYCLOAK_ADMIN_PASSWORD", "admin-local"))
                .post(Network.KEYCLOAK + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
        String users = Network.KEYCLOAK + "/admin/realms/kloss/users";
        String location = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of(
                        "username", username, "enabled", true, "email", email, "emailVerified", true,
                        "firstName", "Sekretess", "lastName", "Hemligsson" + tag,
                        "attributes", Map.of("institution", List.of("kth")),
                        "credentials", List.of(Map.of("type", "password", "value", "demo", "temporary", false))))
                .post(users).then().statusCode(201).extract().header("Location");
        Object staffRole = given().auth().oauth2(admin).get(Network.KEYCLOAK + "/admin/realms/kloss/roles/staff")
                .then().statusCode(200).extract().as(Map.class);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(List.of(staffRole))
                .post(location + "/role-mappings/realm").then().statusCode(204);
        List<String> secrets = List.of("Purpose " + tag + " known only to this applicant",
                "Logbook " + tag + ": lunch with the host, write to " + email,
                "Outcome " + tag + ": a joint application drafted",
                "Reflection " + tag + ": the secret of good collaboration");
        return new Person(username, name, email, secrets);
    }

    private static String letters() {
        StringBuilder tag = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            tag.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return tag.toString();
    }

    // --- scans ---------------------------------------------------------------------------------------------------

    /** Every text and JSON column of every table in every database of the node that contains one of the texts. */
    private List<String> scanNodeDatabases(List<String> texts) throws SQLException {
        // deploy/local/common.sh: PostgreSQL listens 7252 ports above Keycloak in every profile and offset.
        int keycloakPort = Integer.parseInt(Network.KEYCLOAK.replaceAll(".*:(\\d+).*", "$1"));
        String server = System.getProperty("kloss.postgres.url",
                "jdbc:postgresql://127.0.0.1:" + (keycloakPort + 15432 - 8180) + "/");
        String user = Network.env("KLOSS_POSTGRES_USER", "kloss");
        String password = Network.env("KLOSS_POSTGRES_PASSWORD", "kloss-local");
        List<String> databases = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(server + "postgres", user, password);
             ResultSet rows = db.createStatement().executeQuery(
                     "SELECT datname FROM pg_database WHERE datname LIKE 'kloss\\_" + node + "\\_%'")) {
            while (rows.next()) {
                databases.add(rows.getString(1));
            }
        }
        assertThat(databases).contains("kloss_" + node + "_call", "kloss_" + node + "_exchange",
                "kloss_" + node + "_followup");
        List<String> found = new ArrayList<>();
        for (String database : databases) {
            try (Connection db = DriverManager.getConnection(server + database, user, password)) {
                List<String[]> columns = new ArrayList<>();
                try (ResultSet rows = db.createStatement().executeQuery("""
                        SELECT table_schema, table_name, column_name FROM information_schema.columns
                        WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
                          AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')
                        """)) {
                    while (rows.next()) {
                        columns.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                    }
                }
                for (String[] c : columns) {
                    String column = "\"" + c[0] + "\".\"" + c[1] + "\".\"" + c[2] + "\"";
                    String sql = "SELECT count(*) FROM \"" + c[0] + "\".\"" + c[1] + "\" WHERE position(lower(?) in "
                            + "lower(\"" + c[2] + "\"::text)) > 0";
                    for (String text : texts) {
                        try (PreparedStatement query = db.prepareStatement(sql)) {
                            query.setString(1, text);
                            try (ResultSet count = query.executeQuery()) {
                                count.next();
                                if (count.getLong(1) > 0) {
                                    found.add(database + " " + column + " holds \"" + text + "\"");
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Every record of every topic, read from the beginning as the hub, that carries one of the texts. */
    private static List<String> scanAllTopics(List<String> texts) {
        Properties p = Network.kafka("hub");
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "hub.privacy-scan-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(Pattern.compile("kloss\\..*"));
            Instant quietUntil = Instant.now().plusSeconds(20);
            Instant deadline = Instant.now().plusSeconds(120);
            long seen = 0;
            while (Instant.now().isBefore(quietUntil) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    seen++;
                    quietUntil = Instant.now().plusSeconds(5);
                    StringBuilder all = new StringBuilder(String.valueOf(r.key())).append('\n')
                            .append(r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8));
                    for (Header h : r.headers()) {
                        all.append('\n').append(new String(h.value(), StandardCharsets.UTF_8));
                    }
                    String text = all.toString().toLowerCase();
                    for (String secret : texts) {
                        if (text.contains(secret.toLowerCase())) {
                            found.add(r.topic() + "@" + r.offset() + " carries \"" + secret + "\"");
                        }
                    }
                }
            }
            assertThat(seen).as("records read from every topic").isPositive();
        }
        return found;
    }
}
