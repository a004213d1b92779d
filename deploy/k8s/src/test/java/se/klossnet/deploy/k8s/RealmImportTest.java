package se.klossnet.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The production realm (platform/realm-import.yaml) is the local realm (deploy/keycloak/kloss-realm.json) without
 * its demo users: the same roles, and the same token mappers on the clients both have, so a token from either
 * carries what the services read. Its client secrets are all placeholders filled from Secrets.
 */
class RealmImportTest {

    private static final Path LOCAL_REALM = Manifests.ROOT.resolve("../keycloak/kloss-realm.json").normalize();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    private final JsonNode spec = Manifests.one("platform", "KeycloakRealmImport", "kloss").path("spec");
    private final JsonNode realm = spec.path("realm");

    @Test
    void hasTheLocalRealmsRolesAndTokenMappersButNoUsers() throws IOException {
        JsonNode local = JsonMapper.builder().build().readTree(LOCAL_REALM.toFile());
        assertThat(realm.path("realm").asText()).isEqualTo(local.path("realm").asText());
        assertThat(roles(realm)).isEqualTo(roles(local));
        Map<String, JsonNode> localClients = clients(local);
        Map<String, JsonNode> clients = clients(realm);
        assertThat(clients).containsKeys("kloss-gateway", "kloss-web");
        clients.forEach((id, client) -> {
            if (localClients.containsKey(id)) {
                assertThat(client.path("protocolMappers")).as(id).isEqualTo(localClients.get(id).path("protocolMappers"));
                assertThat(client.path("publicClient")).as(id).isEqualTo(localClients.get(id).path("publicClient"));
            }
        });
        assertThat(realm.path("components")).isEqualTo(local.path("components"));
        assertThat(realm.has("users")).isFalse();
    }

    @Test
    void isHardenedForProduction() {
        assertThat(realm.path("sslRequired").asText()).isEqualTo("external");
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asText();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(false)).as(id + ": no password grant").isFalse();
            client.path("redirectUris").forEach(uri -> assertThat(uri.asText()).as(id).startsWith("https://"));
            client.path("webOrigins").forEach(uri -> assertThat(uri.asText()).as(id).startsWith("https://"));
        }
    }

    @Test
    void everyClientSecretIsAPlaceholderFilledFromASecret() {
        Set<String> used = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(realm.toString());
        while (m.find()) {
            used.add(m.group(1));
        }
        for (JsonNode client : realm.path("clients")) {
            if (!client.path("publicClient").asBoolean(false)) {
                assertThat(client.path("secret").asText()).as(client.path("clientId").asText()).matches(PLACEHOLDER);
            }
        }
        Set<String> declared = new TreeSet<>();
        spec.path("placeholders").fieldNames().forEachRemaining(declared::add);
        assertThat(used).isNotEmpty().isEqualTo(declared);
        // The gateways read the same Secret as the realm's kloss-gateway client.
        assertThat(spec.path("placeholders").path("KLOSS_GATEWAY_CLIENT_SECRET").path("secret").path("name").asText())
                .isEqualTo("kloss-gateway-client");
    }

    private static Set<String> roles(JsonNode realm) {
        Set<String> roles = new TreeSet<>();
        realm.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        return roles;
    }

    private static Map<String, JsonNode> clients(JsonNode realm) {
        Map<String, JsonNode> clients = new HashMap<>();
        realm.path("clients").forEach(c -> clients.put(c.path("clientId").asText(), c));
        return clients;
    }
}
