package se.klossnet.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.klossnet.system.security.SecurityNetwork.Caller;

/**
 * Broken object-level authorization, tested over the whole API: for every endpoint of every node service that takes
 * an object id (found in the service's OpenAPI, not listed here), a real object the victim institution owns is
 * attacked by every caller of every other institution (each role and the systems client of the institution that
 * shares the victim's node, those of an institution on another node, and the national analyst). Each attack must
 * get 403 or 404; afterwards every object the victim can read reads exactly as before. List endpoints must not show
 * the victim's ids to anyone else.
 *
 * <p>The victim's objects are made as the victim, through its node's gateway with real Keycloak tokens: first a grant
 * chain ({@link GrantChain}: programme, call, applications, reviews, decision, and the exchange it becomes at the
 * exchange- and followup-service, its agreement signed and started), then whatever else the services' own create
 * endpoints make ({@link ObjectIds}, bodies from the OpenAPI schemas). The attacks go straight to the services: it is
 * their own object checks that are tested, not the gateway's refusal of institutions its node does not serve. The
 * summary counts the cases by where the attacker comes from, the endpoints attacked on a real object, the public
 * ones (capability links, published calls), and those left without a real object with the reason.
 */
class BolaMatrixSystemTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noCallerReachesAnotherInstitutionsObjects() {
        RoleTable roles = RoleTable.load();
        List<String> leaks = new ArrayList<>();
        List<String> inconclusive = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        List<String> byDesign = new ArrayList<>();
        int cases = 0;
        int sameNodeCases = 0;
        int otherNodeCases = 0;
        int listCases = 0;
        int snapshots = 0;
        int endpointsWithIds = 0;
        int resolvedEndpoints = 0;

        for (Map.Entry<String, List<String>> node : SecurityNetwork.demoInstitutionsByNode().entrySet()) {
            List<String> served = SecurityNetwork.institutionsOf(node.getKey());
            for (String victim : node.getValue()) {
                List<Caller> attackers = new ArrayList<>();
                SecurityNetwork.DEMO_INSTITUTIONS.stream().filter(i -> !i.equals(victim))
                        .forEach(i -> attackers.addAll(SecurityNetwork.callersOf(i)));
                attackers.add(SecurityNetwork.analyst());
                // the workflow's objects (a granted application, its exchange at every service) made as the victim
                Map<String, String> chain = GrantChain.run(node.getKey(), victim);
                for (String service : SecurityNetwork.NODE_SERVICES) {
                    String base = SecurityNetwork.url(node.getKey(), service);
                    String viaGateway = SecurityNetwork.url(node.getKey(), "gateway") + "/" + service;
                    List<ApiEndpoint> endpoints = ApiEndpoint.of(service, base);
                    ObjectIds ids = new ObjectIds(viaGateway, endpoints, SecurityNetwork.callersOf(victim), chain).discover(5);
                    Map<String, String> before = readable(base, endpoints, ids, SecurityNetwork.callersOf(victim));
                    String where = node.getKey() + "/" + victim + " " + service;

                    for (ApiEndpoint endpoint : endpoints) {
                        if (!endpoint.takesObjectId()) {
                            continue;
                        }
                        endpointsWithIds++;
                        if (roles.rule(endpoint).map(RoleTable.Rule::isPublic).orElse(false)) {
                            byDesign.add(where + ": " + endpoint.key());
                            continue;
                        }
                        Optional<String> path = ids.resolve(endpoint);
                        if (path.isEmpty()) {
                            String missing = ids.missingCollection(endpoint).orElse("?");
                            unresolved.add(where + ": " + endpoint.key() + " (no owned object in " + missing + ": "
                                    + ids.reason(missing) + ")");
                            continue;
                        }
                        resolvedEndpoints++;
                        JsonNode body = bodyFor(endpoint, path.get(), before, ids);
                        for (Caller attacker : attackers) {
                            // straight to the service: its own object check is what is tested, not the gateway's
                            // refusal of institutions the node does not serve
                            Response response = Calls.send(base, endpoint.method(), path.get(), body, attacker);
                            int status = response.statusCode();
                            cases++;
                            if (served.contains(attacker.institution())) {
                                sameNodeCases++;
                            } else {
                                otherNodeCases++;
                            }
                            String what = where + ": " + endpoint.method() + " " + path.get() + " as " + attacker + " -> " + status;
                            if (status == 400) {
                                inconclusive.add(what);
                            } else if (status != 403 && status != 404) {
                                leaks.add(what + " " + abbreviate(response.asString()));
                            }
                        }
                    }

                    Set<String> owned = ids.all();
                    for (ApiEndpoint endpoint : endpoints) {
                        if (!endpoint.method().equals("GET") || endpoint.takesObjectId() || owned.isEmpty()
                                || roles.rule(endpoint).map(RoleTable.Rule::isPublic).orElse(false)) {
                            continue;
                        }
                        for (Caller attacker : attackers) {
                            Response response = Calls.send(base, "GET", endpoint.path() + "?size=100", null, attacker);
                            listCases++;
                            String body = response.asString();
                            owned.stream().filter(body::contains).findFirst().ifPresent(id -> leaks.add(where + ": GET "
                                    + endpoint.path() + " as " + attacker + " shows " + victim + "'s object " + id));
                        }
                    }

                    Map<String, String> after = readable(base, endpoints, ids, SecurityNetwork.callersOf(victim));
                    for (Map.Entry<String, String> read : before.entrySet()) {
                        snapshots++;
                        if (!read.getValue().equals(after.get(read.getKey()))) {
                            leaks.add(where + ": " + read.getKey() + " changed during the attacks:\n  before " + read.getValue()
                                    + "\n  after  " + after.get(read.getKey()));
                        }
                    }
                }
            }
        }

        System.out.printf("BOLA matrix: %d endpoint x caller cases (%d by callers of another institution on the same node,"
                        + " %d by callers of another node's institution or the hub), %d list cases, %d objects read"
                        + " unchanged afterwards%n", cases, sameNodeCases, otherNodeCases, listCases, snapshots);
        System.out.printf("BOLA matrix: of %d endpoint x owner pairs with object ids, %d attacked on a real object of the"
                        + " owner, %d public by the role table (a link token or a publication is the authorization), %d"
                        + " without a real object%n", endpointsWithIds, resolvedEndpoints, byDesign.size(), unresolved.size());
        if (!byDesign.isEmpty()) {
            System.out.printf("BOLA matrix: public, not attacked:%n  %s%n", String.join("\n  ", byDesign));
        }
        if (!unresolved.isEmpty()) {
            System.out.printf("BOLA matrix: no owned object found for %d endpoint(s), not attacked:%n  %s%n",
                    unresolved.size(), String.join("\n  ", unresolved));
        }
        if (!inconclusive.isEmpty()) {
            System.out.printf("BOLA matrix: %d case(s) refused as invalid (400) before any object check:%n  %s%n",
                    inconclusive.size(), String.join("\n  ", inconclusive.subList(0, Math.min(20, inconclusive.size()))));
        }
        assertThat(leaks).as("cases where another institution's caller reached or changed an object").isEmpty();
        assertThat(resolvedEndpoints).as("endpoints attacked on an owned object").isPositive();
        assertThat(otherNodeCases).as("attacks across nodes").isPositive();
    }

    /** What the victim can read of its objects now: every GET endpoint with an object id, resolved. */
    private static Map<String, String> readable(String base, List<ApiEndpoint> endpoints, ObjectIds ids, List<Caller> owners) {
        Map<String, String> reads = new LinkedHashMap<>();
        for (ApiEndpoint endpoint : endpoints) {
            if (!endpoint.method().equals("GET") || !endpoint.takesObjectId()) {
                continue;
            }
            ids.resolve(endpoint).ifPresent(path -> {
                for (Caller owner : owners) {
                    Response response = Calls.send(base, "GET", path, null, owner);
                    if (response.statusCode() == 200) {
                        reads.put(path, response.asString());
                        return;
                    }
                }
            });
        }
        return reads;
    }

    /**
     * The body of an attack: for an update, the object as its owner reads it (so the version and every field are
     * right and only the ownership check can stop it); else one generated from the request schema.
     */
    private static JsonNode bodyFor(ApiEndpoint endpoint, String path, Map<String, String> readable, ObjectIds ids) {
        if (endpoint.requestSchema() == null) {
            return null;
        }
        JsonNode generated = ids.bodies(endpoint.document()).of(endpoint.requestSchema());
        // the object itself, or for an action on it (/exchanges/1/approval) the nearest readable parent (/exchanges/1)
        String current = readable.entrySet().stream()
                .filter(r -> path.equals(r.getKey()) || path.startsWith(r.getKey() + "/"))
                .max(java.util.Comparator.comparingInt(r -> r.getKey().length()))
                .map(Map.Entry::getValue).orElse(null);
        boolean sameObject = readable.containsKey(path);
        if (current != null && generated instanceof ObjectNode merged) {
            try {
                JsonNode read = JSON.readTree(current);
                read.fields().forEachRemaining(f -> {
                    if (sameObject && merged.has(f.getKey()) || f.getKey().equals("version") && merged.has("version")) {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
            } catch (Exception e) {
                // not JSON: keep the generated body
            }
        }
        return generated;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
