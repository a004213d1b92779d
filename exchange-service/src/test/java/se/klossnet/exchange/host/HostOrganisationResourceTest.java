package se.klossnet.exchange.host;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.klossnet.exchange.support.Api;
import se.klossnet.exchange.support.ExchangeTestInfrastructure;
import se.klossnet.testing.RealInfrastructure;

@QuarkusTest
@QuarkusTestResource(ExchangeTestInfrastructure.class)
class HostOrganisationResourceTest {

    private static String host(String number, String name) {
        return """
                {"organisationNumber": "%s", "name": "%s", "sector": "PUBLIC", "country": "SE", "region": "12"}
                """.formatted(number, name);
    }

    @Test
    void anOrganisationIsRegisteredOncePerOrganisationNumber() {
        String id = given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(host("212000-0142", "Region Skåne")).post("/host-organisations").then().statusCode(201)
                .body("organisationNumber", equalTo("2120000142")).extract().path("id");
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(host("2120000142", "Region Skåne (again)")).post("/host-organisations").then().statusCode(200)
                .body("id", equalTo(id)).body("name", equalTo("Region Skåne"));
        // Each institution keeps its own register.
        given().auth().oauth2(Api.coordinator("mau")).contentType(ContentType.JSON)
                .body(host("2120000142", "Region Skåne")).post("/host-organisations").then().statusCode(201);
        given().auth().oauth2(Api.coordinator("mau")).get("/host-organisations/" + id).then().statusCode(404);

        given().auth().oauth2(Api.finance("kth")).queryParam("sector", "PUBLIC").queryParam("region", "12")
                .get("/host-organisations").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.sector", everyItem(equalTo("PUBLIC")))
                .body("items.institution", everyItem(equalTo("kth")));
        given().auth().oauth2(Api.coordinator("kth")).queryParam("sector", "MILITARY").get("/host-organisations")
                .then().statusCode(400);
    }

    @Test
    void invalidNumbersAndStaleRevisionsAreRefused() {
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(host("556016-0681", "Bad check digit")).post("/host-organisations").then().statusCode(400)
                .body("errors[0].field", equalTo("organisationNumber"));
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body("{\"name\": \"No number\", \"sector\": \"BUSINESS\", \"country\": \"SE\"}")
                .post("/host-organisations").then().statusCode(400)
                .body("errors[0].field", equalTo("organisationNumber"));
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body("{\"name\": \"Fraunhofer\", \"sector\": \"ACADEMIA\", \"country\": \"DE\"}")
                .post("/host-organisations").then().statusCode(201);
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"sector\": \"BUSINESS\", \"country\": \"Sweden\"}")
                .post("/host-organisations").then().statusCode(400).body("errors[0].field", equalTo("country"));
        given().auth().oauth2(Api.staff("kth-staff", "kth")).contentType(ContentType.JSON)
                .body(host("8020016088", "Staff may not")).post("/host-organisations").then().statusCode(403);

        String id = given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(host("802001-6088", "Stiftelse")).post("/host-organisations").then().extract().path("id");
        String revision = "{\"host\": {\"organisationNumber\": \"8020016088\", \"name\": \"Stiftelsen\", "
                + "\"sector\": \"CIVIL_SOCIETY\", \"country\": \"SE\", \"region\": \"01\"}, \"version\": 0}";
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON).body(revision)
                .put("/host-organisations/" + id).then().statusCode(200).body("sector", equalTo("CIVIL_SOCIETY"))
                .body("version", equalTo(1));
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON).body(revision)
                .put("/host-organisations/" + id).then().statusCode(409);
    }
}
