package se.klossnet.system.security;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import se.klossnet.system.ApplicationBodies;
import se.klossnet.system.security.SecurityNetwork.Caller;

/**
 * The objects that only a workflow makes, for the BOLA matrix: an institution's programme, an open call with a
 * granted application and a draft one, reviewer assignments, and the exchange the grant becomes at the
 * exchange-service and the followup-service (over Kafka). Made through the institution's node gateway with real
 * Keycloak tokens, by the roles that do it in real life. What generic creation from the OpenAPI cannot reach (an
 * object in the right state, made by another service) starts here; {@link ObjectIds} finds the rest.
 */
final class GrantChain {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GrantChain() {
    }

    /**
     * Runs the chain for {@code institution} at {@code node}.
     *
     * @return collection path to an id the institution owns ({@code /programmes}, {@code /calls},
     *         {@code /applications}, {@code /exchanges}), shared by every service's {@link ObjectIds}
     */
    static Map<String, String> run(String node, String institution) {
        String gateway = SecurityNetwork.url(node, "gateway");
        String call = gateway + "/call";
        Caller coordinator = SecurityNetwork.user(institution, "coordinator");
        Caller staff = SecurityNetwork.user(institution, "staff");
        Caller manager = SecurityNetwork.user(institution, "manager");
        Map<String, String> ids = new LinkedHashMap<>();

        String programme = id(Calls.send(call, "POST", "/programmes", json("""
                {"name": "BOLA matrix %s", "direction": "OUTBOUND", "fundingSource": "OWN_FUNDS",
                 "themes": ["teaching"], "budgetSek": 5000000}""".formatted(institution)), coordinator), "programme");
        ids.put("/programmes", programme);
        String callId = id(Calls.send(call, "POST", "/calls", json("""
                {"programmeId": "%s",
                 "title": {"sv": "Utlysning BOLA", "en": "BOLA call"},
                 "description": {"sv": "Matris.", "en": "Matrix."},
                 "opensAt": "%s", "closesAt": "%s", "budgetSek": 300000, "maxGrantSek": 150000,
                 "minExtentPercent": 10, "maxExtentPercent": 50, "minMonths": 1, "maxMonths": 48,
                 "eligibleStaffCategories": ["TEACHER", "RESEARCHER"]}""".formatted(programme,
                Instant.now().minus(1, ChronoUnit.HOURS), Instant.now().plus(30, ChronoUnit.DAYS))), coordinator), "call");
        ids.put("/calls", callId);
        expect(Calls.send(call, "POST", "/calls/" + callId + "/publish", null, coordinator), 200, "publish");

        String granted = id(Calls.send(call, "POST", "/calls/" + callId + "/applications", json(APPLICATION), staff), "application");
        String draft = id(Calls.send(call, "POST", "/calls/" + callId + "/applications", json(APPLICATION), staff), "application");
        ids.put("/applications", draft);
        ids.put("/granted-applications", granted);
        expect(Calls.send(call, "POST", "/applications/" + granted + "/submit", null, staff), 200, "submit");
        expect(Calls.send(call, "POST", "/applications/" + granted + "/endorsement",
                json("{\"verdict\": \"ENDORSE\", \"comment\": \"Supported.\"}"), manager), 200, "endorse");
        expect(Calls.send(call, "POST", "/calls/" + callId + "/close", null, coordinator), 200, "close");
        // a reviewer assignment (after the deadline): the review objects the reviewers' endpoints take
        expect(Calls.send(call, "POST", "/applications/" + granted + "/reviews",
                json("{\"reviewers\": [\"" + institution + "-reviewer\"]}"), coordinator), 200, "assign reviewers");
        expect(Calls.send(call, "POST", "/applications/" + granted + "/decision",
                json("{\"outcome\": \"GRANT\", \"grantedSek\": 90000, \"motivation\": \"Strong mutual value.\"}"),
                coordinator), 200, "decision");

        // ApplicationGranted -> exchange-service -> ExchangePlanned -> followup-service, over the node's Kafka
        String exchange = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Response r = Calls.send(gateway + "/exchange", "GET", "/exchanges?applicationId=" + granted, null, coordinator);
            return r.statusCode() == 200 ? r.jsonPath().<String>get("items[0].id") : null;
        }, id -> id != null);
        ids.put("/exchanges", exchange);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                Calls.send(gateway + "/followup", "GET", "/exchanges/" + exchange, null, coordinator).statusCode() == 200);
        // the participant's account, for the logbook and the participant's own surveys
        Calls.send(gateway + "/followup", "PUT", "/exchanges/" + exchange + "/participant",
                json("{\"username\": \"" + staff.name() + "\"}"), coordinator);
        signAndStart(gateway, SecurityNetwork.url(node, "exchange"), exchange, coordinator, staff);
        return ids;
    }

    /**
     * The agreement signed by all three parties (the host through its link) and the exchange started: what HR
     * notices and outcomes follow from. Best effort: a step that fails leaves those endpoints without an object,
     * and the matrix reports why.
     */
    private static void signAndStart(String gateway, String exchangeService, String exchange, Caller coordinator,
                                     Caller staff) {
        String base = gateway + "/exchange";
        Response agreement = Calls.send(base, "PUT", "/exchanges/" + exchange + "/agreement", json("""
                {"participantAccount": "%s", "hostContactName": "Host Contact", "hostContactEmail": "host@example.org",
                 "confidentiality": "STANDARD", "intellectualProperty": "TEACHER_EXEMPTION",
                 "insurance": "STATE_INSURANCE", "version": %d}""".formatted(staff.name(), version(base, exchange, coordinator))),
                coordinator);
        if (agreement.statusCode() != 200) {
            report("draft agreement", agreement);
            return;
        }
        int number = agreement.jsonPath().getInt("number");
        String sha = agreement.jsonPath().getString("documentSha256");
        String signature = "{\"party\": \"%s\", \"agreementVersion\": %d, \"documentSha256\": \"%s\"}";
        report("participant signs", Calls.send(base, "POST", "/exchanges/" + exchange + "/agreement/signatures",
                json(signature.formatted("PARTICIPANT", number, sha)), staff));
        report("home institution signs", Calls.send(base, "POST", "/exchanges/" + exchange + "/agreement/signatures",
                json(signature.formatted("HOME_INSTITUTION", number, sha)), coordinator));
        Response link = Calls.send(base, "POST", "/exchanges/" + exchange + "/agreement/links",
                json("{\"party\": \"HOST_CONTACT\"}"), coordinator);
        if (link.statusCode() != 201) {
            report("host link", link);
            return;
        }
        // straight to the service: the node gateway lets no request without a token through, links included
        report("host signs", Calls.send(exchangeService, "POST", "/signing/" + link.jsonPath().getString("token"),
                json("{\"documentSha256\": \"" + sha + "\", \"signerName\": \"Host Contact\"}"), null));
        report("start", Calls.send(base, "POST", "/exchanges/" + exchange + "/start",
                json("{\"version\": " + version(base, exchange, coordinator) + "}"), coordinator));
    }

    private static long version(String base, String exchange, Caller coordinator) {
        return Calls.send(base, "GET", "/exchanges/" + exchange, null, coordinator).jsonPath().getLong("version");
    }

    private static void report(String step, Response response) {
        if (response.statusCode() >= 300) {
            System.out.printf("BOLA matrix set-up: %s answered %d %s%n", step, response.statusCode(),
                    response.asString().substring(0, Math.min(200, response.asString().length())));
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static String id(Response response, String what) {
        expect(response, 201, "create " + what);
        return response.jsonPath().getString("id");
    }

    private static void expect(Response response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("BOLA matrix set-up: " + what + " answered " + response.statusCode() + ": "
                    + response.asString());
        }
    }

    private static final String APPLICATION = ApplicationBodies.of(ApplicationBodies.PURPOSE,
            "The host gets research methods; the university gets cases.", "Two master's theses at the host.");
}
