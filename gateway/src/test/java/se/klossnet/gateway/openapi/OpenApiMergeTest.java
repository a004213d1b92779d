package se.klossnet.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiMergeTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void twoServicesWithTheSameSchemaNamesDoNotCollide() throws Exception {
        JsonNode call = json.readTree("""
                {"openapi": "3.1.0", "paths": {"/programmes": {"get": {"responses": {"200": {"content": {"application/json":
                  {"schema": {"$ref": "#/components/schemas/Page"}}}}}}}},
                 "components": {"schemas": {"Page": {"type": "object", "description": "call's page"}}}}
                """);
        JsonNode exchange = json.readTree("""
                {"openapi": "3.1.0", "paths": {"/exchanges": {"get": {"tags": ["Exchanges"], "responses": {"200": {"content": {"application/json":
                  {"schema": {"$ref": "#/components/schemas/Page"}}}}}}}},
                 "components": {"schemas": {"Page": {"type": "object", "description": "exchange's page"}}}}
                """);

        JsonNode merged = OpenApiMerge.merge("node", "1", List.of(new OpenApiMerge.Part("call", "/call", call),
                new OpenApiMerge.Part("exchange", "/exchange", exchange)), List.of("followup"));

        assertThat(merged.at("/openapi").asText()).isEqualTo("3.1.0");
        assertThat(merged.at("/paths/~1call~1programmes/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/call_Page");
        assertThat(merged.at("/paths/~1exchange~1exchanges/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/exchange_Page");
        assertThat(merged.at("/components/schemas/call_Page/description").asText()).isEqualTo("call's page");
        assertThat(merged.at("/components/schemas/exchange_Page/description").asText()).isEqualTo("exchange's page");
        assertThat(merged.at("/paths/~1exchange~1exchanges/get/tags").toString()).isEqualTo("[\"exchange\",\"Exchanges\"]");
        assertThat(merged.at("/x-kloss-unavailable/0").asText()).isEqualTo("followup");
    }

    @Test
    void referencesOutsideTheComponentsAreLeftAlone() {
        JsonNode node = new ObjectMapper().createObjectNode().put("$ref", "https://example.org/schema.json");
        assertThat(OpenApiMerge.renameRefs(node, "call").get("$ref").asText()).isEqualTo("https://example.org/schema.json");
    }
}
