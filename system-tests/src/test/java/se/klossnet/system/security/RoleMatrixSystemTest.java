package se.klossnet.system.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import se.klossnet.system.security.SecurityNetwork.Caller;

/**
 * Every endpoint of every service's OpenAPI, called by every role (a demo user each, the systems client, the national
 * analyst and no token at all), must answer as {@code role-table.yaml} says: 401 without a token, 403 for a role the
 * table does not list, and neither (nor a 5xx) for one it lists. An endpoint missing from the table fails the test, so
 * a new endpoint cannot ship without a decision about its roles.
 */
class RoleMatrixSystemTest {

    @Test
    void everyEndpointAnswersEveryRoleAsTheRoleTableSays() {
        RoleTable table = RoleTable.load();
        List<String> missing = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        int[] cases = {0};
        int endpoints = 0;

        Map.Entry<String, List<String>> node = SecurityNetwork.demoInstitutionsByNode().entrySet().iterator().next();
        String institution = node.getValue().get(0);
        List<String> served = SecurityNetwork.institutionsOf(node.getKey());
        List<Caller> callers = new ArrayList<>(SecurityNetwork.callersOf(institution));
        callers.add(SecurityNetwork.analyst());
        callers.add(null); // no token
        for (String service : SecurityNetwork.NODE_SERVICES) {
            endpoints += check(service, SecurityNetwork.url(node.getKey(), service), served, callers,
                    SecurityNetwork.callersOf(institution), table, missing, mismatches, cases);
        }

        List<Caller> atHub = new ArrayList<>(List.of(SecurityNetwork.analyst()));
        atHub.addAll(SecurityNetwork.callersOf(institution));
        atHub.add(null);
        endpoints += check("reporting", SecurityNetwork.REPORTING, List.of("national"), atHub,
                List.of(SecurityNetwork.analyst()), table, missing, mismatches, cases);

        System.out.printf("Role matrix: %d endpoint x role cases over %d endpoints (%d roles and no token each)%n",
                cases[0], endpoints, callers.size());
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(missing).as("endpoints missing from system-tests/src/test/resources/role-table.yaml").isEmpty();
            softly.assertThat(mismatches).as("answers that contradict the role table").isEmpty();
            softly.assertThat(cases[0]).isPositive();
        });
    }

    private static int check(String service, String base, List<String> served, List<Caller> callers, List<Caller> owners,
                             RoleTable table, List<String> missing, List<String> mismatches, int[] cases) {
        List<ApiEndpoint> endpoints = new ArrayList<>(ApiEndpoint.of(service, base));
        // removals last, so that they do not take away the objects the other endpoints are called on
        endpoints.sort(Comparator.comparing((ApiEndpoint e) -> e.method().equals("DELETE")));
        ObjectIds ids = new ObjectIds(base, endpoints, owners).discover(4);
        for (ApiEndpoint endpoint : endpoints) {
            Optional<RoleTable.Rule> rule = table.rule(endpoint);
            if (rule.isEmpty()) {
                missing.add(service + ": \"" + endpoint.key() + "\"");
                continue;
            }
            String path = ids.resolve(endpoint).orElseGet(() -> endpoint.expand(randomIds(endpoint)));
            JsonNode body = endpoint.requestSchema() == null ? null : ids.bodies(endpoint.document()).of(endpoint.requestSchema());
            for (Caller caller : callers) {
                Response response = Calls.send(base, endpoint.method(), path, body, caller);
                int status = response.statusCode();
                cases[0]++;
                String who = caller == null ? "no token" : caller.name();
                boolean admitted = rule.get().admits(caller, served);
                String expected;
                boolean ok;
                if (caller == null && !rule.get().isPublic()) {
                    expected = "401";
                    ok = status == 401;
                } else if (!admitted) {
                    expected = "403";
                    ok = status == 403;
                } else {
                    expected = "neither 401, 403 nor 5xx";
                    ok = status != 401 && status != 403 && status < 500;
                }
                if (!ok) {
                    mismatches.add(service + ": " + endpoint.key() + " as " + who + " (table: " + rule.get() + ") -> "
                            + status + ", expected " + expected);
                }
            }
        }
        return endpoints.size();
    }

    private static Map<String, String> randomIds(ApiEndpoint endpoint) {
        Map<String, String> values = new HashMap<>();
        endpoint.pathParameters().forEach(p -> values.put(p, UUID.randomUUID().toString()));
        return values;
    }
}
