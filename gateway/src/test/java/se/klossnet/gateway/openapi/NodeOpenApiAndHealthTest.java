package se.klossnet.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.klossnet.gateway.UpstreamDouble;
import se.klossnet.testing.RealInfrastructure;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(UpstreamDouble.class)
class NodeOpenApiAndHealthTest {

    @Test
    void theNodesOpenApiHasEveryRoutedServiceUnderItsPrefix() {
        given().get("/openapi").then().statusCode(200)
                .body("paths", hasKey("/call/things/{id}"))
                .body("paths", hasKey("/exchange/things/{id}"))
                .body("paths", hasKey("/followup/things"))
                .body("paths", hasKey("/reporting/things"))
                .body("paths", not(hasKey("/things")))
                .body("paths", not(hasKey("/dead/things")))
                .body("components.schemas", hasKey("call_Thing"))
                .body("components.schemas", hasKey("exchange_Owner"))
                .body("components.schemas.call_Thing.properties.owner.$ref", equalTo("#/components/schemas/call_Owner"))
                .body("paths.'/call/things/{id}'.get.tags", hasItem("call"))
                .body("servers[0].url", equalTo("/"));
    }

    @Test
    void theSwaggerUiOffersTheNodesApi() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("/openapi"));
    }

    @Test
    void readinessReflectsTheUpstreams() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'upstreams' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.call", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.'call.mau'", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.dead", containsString("not required"));
        UpstreamDouble.healthy = false;
        try {
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'upstreams' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'upstreams' }.data.exchange", containsString("HTTP 503"));
        } finally {
            UpstreamDouble.healthy = true;
        }
        given().get("/q/health/ready").then().statusCode(200);
    }
}
