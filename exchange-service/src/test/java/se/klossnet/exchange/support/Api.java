package se.klossnet.exchange.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import se.klossnet.events.Direction;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.HostOrganisation;
import se.klossnet.events.HostSector;
import se.klossnet.events.call.ApplicationGranted;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

/** Drives the service the way its users and the call-service do: grant events on Kafka, then REST. */
public final class Api {

    public static final HostOrganisation ERICSSON = new HostOrganisation(HostSector.BUSINESS, "SE", "5560160680", "01");
    public static final HostOrganisation VOLVO = new HostOrganisation(HostSector.BUSINESS, "SE", "5560125790", "14");

    private static KafkaProducer<String, byte[]> producer;

    private Api() {
    }

    public static String coordinator(String institution) {
        return TestTokens.of(institution + "-coordinator", institution, "coordinator");
    }

    public static String finance(String institution) {
        return TestTokens.of(institution + "-finance", institution, "finance");
    }

    public static String hr(String institution) {
        return TestTokens.of(institution + "-hr", institution, "hr");
    }

    public static String staff(String username, String institution) {
        return TestTokens.of(username, institution, "staff");
    }

    public static String manager(String username, String institution) {
        return TestTokens.of(username, institution, "manager");
    }

    public static ApplicationGranted grant(Direction direction, LocalDate start, LocalDate end, int extent,
                                           String grantedSek, HostOrganisation host, List<HostOrganisation> partners) {
        return new ApplicationGranted("app-" + UUID.randomUUID(), "call-1", "prog-" + direction.name().toLowerCase(),
                direction, "p-" + UUID.randomUUID(), host, start, end, extent, new BigDecimal(grantedSek),
                List.of("teaching"), partners);
    }

    /** Publishes the grant as the call-service would, and returns the envelope (to send it again). */
    public static EventEnvelope<ApplicationGranted> publish(String institution, ApplicationGranted grant) {
        EventEnvelope<ApplicationGranted> envelope = EventEnvelope.wrap(institution, "call-service", grant,
                Clock.systemUTC());
        send(CloudEventsKafkaMapping.toRecord(envelope));
        return envelope;
    }

    public static synchronized void send(ProducerRecord<String, byte[]> record) {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        }
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish a test event", e);
        }
    }

    /** Waits until the grant's exchange exists and returns its id. */
    public static String awaitExchange(String institution, String applicationId) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<String> ids = given().auth().oauth2(coordinator(institution)).queryParam("applicationId", applicationId)
                    .get("/exchanges").then().statusCode(200).extract().path("items.id");
            if (ids.size() == 1) {
                id[0] = ids.get(0);
                return true;
            }
            return false;
        });
        return id[0];
    }

    /** A granted exchange of {@code kth}, planned through Kafka; returns its id. */
    public static String plannedExchange(String institution, ApplicationGranted grant) {
        publish(institution, grant);
        return awaitExchange(institution, grant.applicationId());
    }

    public static JsonPath exchange(String institution, String id) {
        return given().auth().oauth2(coordinator(institution)).get("/exchanges/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    public static long version(String institution, String id) {
        return exchange(institution, id).getLong("version");
    }

    public static JsonPath agreement(String institution, String id) {
        return given().auth().oauth2(coordinator(institution)).get("/exchanges/" + id + "/agreement").then()
                .statusCode(200).extract().jsonPath();
    }

    /** Sets terms with {@code participantAccount} signing by account (null: by link); returns the agreement. */
    public static JsonPath draftTerms(String institution, String id, String participantAccount) {
        return given().auth().oauth2(coordinator(institution)).contentType(ContentType.JSON)
                .body(terms(participantAccount, "Hanna Host", version(institution, id)))
                .put("/exchanges/" + id + "/agreement").then().statusCode(200).extract().jsonPath();
    }

    public static Map<String, Object> terms(String participantAccount, String hostContact, long version) {
        java.util.HashMap<String, Object> terms = new java.util.HashMap<>();
        terms.put("participantAccount", participantAccount);
        terms.put("participantName", "Pia Participant");
        terms.put("hostContactName", hostContact);
        terms.put("hostContactEmail", "host.contact@example.com");
        terms.put("confidentiality", "STANDARD");
        terms.put("intellectualProperty", "TEACHER_EXEMPTION");
        terms.put("insurance", "STATE_INSURANCE");
        terms.put("costSharing", "The institution pays salary; the host pays travel within Sweden.");
        terms.put("version", version);
        return terms;
    }

    /** Issues a signing link for {@code party} and returns its token. */
    public static String link(String institution, String id, String party) {
        return given().auth().oauth2(coordinator(institution)).contentType(ContentType.JSON)
                .body(Map.of("party", party)).post("/exchanges/" + id + "/agreement/links").then().statusCode(201)
                .extract().path("token");
    }

    public static void signAsAccount(String token, String id, String party, int number, String sha) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("party", party, "agreementVersion", number, "documentSha256", sha))
                .post("/exchanges/" + id + "/agreement/signatures").then().statusCode(200);
    }

    public static void signThroughLink(String linkToken, String sha, String signer) {
        given().contentType(ContentType.JSON).body(Map.of("documentSha256", sha, "signerName", signer))
                .post("/signing/" + linkToken).then().statusCode(200);
    }

    /**
     * All three parties sign the waiting version: the participant with {@code participantToken} (or a link when
     * null), the coordinator, and the host contact through a link.
     */
    public static void signByAll(String institution, String id, String participantToken) {
        JsonPath agreement = agreement(institution, id);
        int number = agreement.getInt("number");
        String sha = agreement.getString("documentSha256");
        if (participantToken != null) {
            signAsAccount(participantToken, id, "PARTICIPANT", number, sha);
        } else {
            signThroughLink(link(institution, id, "PARTICIPANT"), sha, "Pia Participant");
        }
        signAsAccount(coordinator(institution), id, "HOME_INSTITUTION", number, sha);
        signThroughLink(link(institution, id, "HOST_CONTACT"), sha, "Hanna Host");
    }

    public static JsonPath command(String institution, String id, String action, Map<String, Object> extra) {
        java.util.HashMap<String, Object> body = new java.util.HashMap<>(extra);
        body.put("version", version(institution, id));
        return given().auth().oauth2(coordinator(institution)).contentType(ContentType.JSON).body(body)
                .post("/exchanges/" + id + "/" + action).then().statusCode(200).extract().jsonPath();
    }
}
