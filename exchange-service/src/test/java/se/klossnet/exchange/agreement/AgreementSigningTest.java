package se.klossnet.exchange.agreement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.klossnet.events.Direction;
import se.klossnet.events.exchange.AgreementSigned;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.exchange.support.Api;
import se.klossnet.exchange.support.ExchangeTestInfrastructure;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TopicProbe;

@QuarkusTest
@QuarkusTestResource(ExchangeTestInfrastructure.class)
class AgreementSigningTest {

    @Inject
    AgroalDataSource dataSource;

    private static String planned() {
        return Api.plannedExchange("kth", Api.grant(Direction.OUTBOUND, LocalDate.of(2030, 9, 1),
                LocalDate.of(2031, 2, 28), 20, "100000", Api.ERICSSON, List.of()));
    }

    @Test
    void theAgreementIsRenderedFromTheTemplateWithItsTermsAndTheHashOfItsText() throws Exception {
        String id = planned();
        JsonPath agreement = Api.draftTerms("kth", id, "kth-sign-bo");
        String document = agreement.getString("document");
        assertThat(document).contains("AGREEMENT ON STAFF EXCHANGE", "Version 1 (template v1)",
                "Kungliga Tekniska högskolan", "Pia Participant", "organisationsnummer 5560160680",
                "Hanna Host", "2030-09-01 to 2031-02-28", "6.00 months", "20 % of full time", "100000",
                "lärarundantaget", "Kammarkollegiet", "business secrets", "host pays travel");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(document.getBytes(StandardCharsets.UTF_8)));
        assertThat(agreement.getString("documentSha256")).isEqualTo(sha);
        assertThat(agreement.getList("awaiting")).containsExactlyInAnyOrder("PARTICIPANT", "HOME_INSTITUTION",
                "HOST_CONTACT");
    }

    @Test
    void itCannotStartBeforeAllThreeHaveSigned() {
        String id = planned();
        JsonPath agreement = Api.draftTerms("kth", id, "kth-sign-cia");
        int number = agreement.getInt("number");
        String sha = agreement.getString("documentSha256");
        Api.signAsAccount(Api.staff("kth-sign-cia", "kth"), id, "PARTICIPANT", number, sha);
        Api.signAsAccount(Api.coordinator("kth"), id, "HOME_INSTITUTION", number, sha);

        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(Map.of("version", Api.version("kth", id))).post("/exchanges/" + id + "/start").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("all three parties"));
        assertThat(Api.exchange("kth", id).getString("status")).isEqualTo("PLANNED");

        JsonPath signed = Api.agreement("kth", id);
        assertThat(signed.getList("signatures")).hasSize(2);
        assertThat(signed.getString("signatures.find { it.party == 'PARTICIPANT' }.signer")).isEqualTo("kth-sign-cia");
        assertThat(signed.getString("signatures.find { it.party == 'PARTICIPANT' }.documentSha256")).isEqualTo(sha);
        assertThat(signed.getString("signatures.find { it.party == 'HOME_INSTITUTION' }.signedAt")).isNotBlank();
        assertThat(signed.getList("awaiting")).containsExactly("HOST_CONTACT");
    }

    @Test
    void aChangeOfTermsVoidsTheSignaturesOfTheWaitingVersion() {
        String id = planned();
        JsonPath v1 = Api.draftTerms("kth", id, "kth-sign-dan");
        String sha1 = v1.getString("documentSha256");
        Api.signAsAccount(Api.staff("kth-sign-dan", "kth"), id, "PARTICIPANT", 1, sha1);
        Api.signAsAccount(Api.coordinator("kth"), id, "HOME_INSTITUTION", 1, sha1);

        JsonPath v2 = given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(Api.terms("kth-sign-dan", "Harald Newcontact", Api.version("kth", id)))
                .put("/exchanges/" + id + "/agreement").then().statusCode(200).extract().jsonPath();
        assertThat(v2.getInt("number")).isEqualTo(2);
        assertThat(v2.getString("documentSha256")).isNotEqualTo(sha1);
        assertThat(v2.getList("signatures")).isEmpty();
        assertThat(v2.getString("versions.find { it.number == 1 }.status")).isEqualTo("VOID");

        // The link for the host signs what is current now; signing version 1 or its hash is refused.
        String hostLink = Api.link("kth", id, "HOST_CONTACT");
        given().contentType(ContentType.JSON).body(Map.of("documentSha256", sha1, "signerName", "Harald"))
                .post("/signing/" + hostLink).then().statusCode(409);
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(Map.of("party", "HOME_INSTITUTION", "agreementVersion", 1, "documentSha256", sha1))
                .post("/exchanges/" + id + "/agreement/signatures").then().statusCode(409);
        Api.signThroughLink(hostLink, v2.getString("documentSha256"), "Harald Newcontact");
        assertThat(Api.exchange("kth", id).getString("status")).isEqualTo("PLANNED");

        Api.signAsAccount(Api.staff("kth-sign-dan", "kth"), id, "PARTICIPANT", 2, v2.getString("documentSha256"));
        Api.signAsAccount(Api.coordinator("kth"), id, "HOME_INSTITUTION", 2, v2.getString("documentSha256"));
        given().auth().oauth2(Api.coordinator("kth")).get("/exchanges/" + id + "/agreement").then()
                .body("status", equalTo("SIGNED")).body("signatures", hasSize(3))
                .body("signatures.find { it.party == 'HOST_CONTACT' }.signer", equalTo("Harald Newcontact"))
                .body("signatures.find { it.party == 'HOST_CONTACT' }.method", equalTo("LINK"));
        assertThat(Api.exchange("kth", id).getString("status")).isEqualTo("AGREEMENT_SIGNED");

        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), "kloss.kth.exchange.v1")) {
            List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(2, Duration.ofSeconds(20),
                    r -> id.equals(r.key()));
            List<AgreementSigned> signed = probe.drain(Duration.ofMillis(500), r -> id.equals(r.key())).stream()
                    .map(r -> CloudEventsKafkaMapping.fromRecord(r).data())
                    .filter(AgreementSigned.class::isInstance).map(AgreementSigned.class::cast).toList();
            assertThat(records).isNotEmpty();
            assertThat(signed).hasSize(1);
            assertThat(signed.get(0).agreementVersion()).isEqualTo(2);
            assertThat(signed.get(0).documentSha256()).isEqualTo(v2.getString("documentSha256"));
        }
    }

    @Test
    void aSigningLinkIsSingleUseExpiresAndCannotBeGuessed() throws Exception {
        String id = planned();
        JsonPath agreement = Api.draftTerms("kth", id, "kth-sign-eva");
        String sha = agreement.getString("documentSha256");

        String token = Api.link("kth", id, "HOST_CONTACT");
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        given().get("/signing/" + token).then().statusCode(200).body("documentSha256", equalTo(sha))
                .body("party", equalTo("HOST_CONTACT")).body("document", containsString("Hanna Host"));
        // Only the hash of the token is stored.
        assertThat(count("SELECT count(*) FROM signing_link WHERE token_sha256 = ?", sha256(token))).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM signing_link WHERE token_sha256 = ?", token)).isZero();

        given().get("/signing/" + token + "x").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("documentSha256", sha, "signerName", "Mallory"))
                .post("/signing/not-a-token-at-all").then().statusCode(404);

        Api.signThroughLink(token, sha, "Hanna Host");
        given().contentType(ContentType.JSON).body(Map.of("documentSha256", sha, "signerName", "Hanna Host"))
                .post("/signing/" + token).then().statusCode(410).body("detail", containsString("already been used"));
        given().get("/signing/" + token).then().statusCode(410);

        // A participant link that has expired is refused, both for reading and signing.
        String expiring = Api.link("kth", id, "PARTICIPANT");
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "UPDATE signing_link SET expires_at = now() - interval '1 minute' WHERE token_sha256 = ?")) {
            s.setString(1, sha256(expiring));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        given().get("/signing/" + expiring).then().statusCode(410).body("detail", containsString("expired"));
        given().contentType(ContentType.JSON).body(Map.of("documentSha256", sha, "signerName", "Pia"))
                .post("/signing/" + expiring).then().statusCode(410);

        // A newer link replaces the older unused one.
        String first = Api.link("kth", id, "PARTICIPANT");
        String second = Api.link("kth", id, "PARTICIPANT");
        given().get("/signing/" + first).then().statusCode(410).body("detail", containsString("replaced"));
        given().get("/signing/" + second).then().statusCode(200);
        assertThat(Api.agreement("kth", id).getList("signatures")).hasSize(1);
    }

    @Test
    void onlyTheRightAccountSignsForEachPartyAndOnlyWithTheRightHash() {
        String id = planned();
        JsonPath agreement = Api.draftTerms("kth", id, "kth-sign-fia");
        int number = agreement.getInt("number");
        String sha = agreement.getString("documentSha256");
        String fia = Api.staff("kth-sign-fia", "kth");

        // Another staff member does not see the exchange at all.
        given().auth().oauth2(Api.staff("kth-sign-gus", "kth")).contentType(ContentType.JSON)
                .body(Map.of("party", "PARTICIPANT", "agreementVersion", number, "documentSha256", sha))
                .post("/exchanges/" + id + "/agreement/signatures").then().statusCode(404);
        given().auth().oauth2(fia).contentType(ContentType.JSON)
                .body(Map.of("party", "HOME_INSTITUTION", "agreementVersion", number, "documentSha256", sha))
                .post("/exchanges/" + id + "/agreement/signatures").then().statusCode(403);
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(Map.of("party", "PARTICIPANT", "agreementVersion", number, "documentSha256", sha))
                .post("/exchanges/" + id + "/agreement/signatures").then().statusCode(403);
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(Map.of("party", "HOST_CONTACT", "agreementVersion", number, "documentSha256", sha))
                .post("/exchanges/" + id + "/agreement/signatures").then().statusCode(400);
        given().auth().oauth2(fia).contentType(ContentType.JSON)
                .body(Map.of("party", "PARTICIPANT", "agreementVersion", number, "documentSha256", "0".repeat(64)))
                .post("/exchanges/" + id + "/agreement/signatures").then().statusCode(409)
                .body("detail", containsString("hash"));
        given().auth().oauth2(fia).contentType(ContentType.JSON)
                .body(Map.of("party", "PARTICIPANT", "agreementVersion", number, "documentSha256", "short"))
                .post("/exchanges/" + id + "/agreement/signatures").then().statusCode(400);

        Api.signAsAccount(fia, id, "PARTICIPANT", number, sha);
        given().auth().oauth2(fia).contentType(ContentType.JSON)
                .body(Map.of("party", "PARTICIPANT", "agreementVersion", number, "documentSha256", sha))
                .post("/exchanges/" + id + "/agreement/signatures").then().statusCode(409)
                .body("detail", containsString("already signed"));
        // The participant sees their own exchange and agreement.
        given().auth().oauth2(fia).get("/exchanges/" + id).then().statusCode(200);
        given().auth().oauth2(fia).get("/exchanges").then().statusCode(200).body("items.id", hasSize(1));
    }

    private long count(String sql, String value) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
