package se.klossnet.platform.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

/** The shape of every error status, as a client sees it. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class ProblemJsonTest {

    private static ValidatableResponse isProblem(ValidatableResponse response, int status) {
        String body = response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .extract().asString();
        assertThat(body).doesNotContain("Exception").doesNotContain("java.").doesNotContain("\tat ");
        return response;
    }

    private static String createNote(String token, String title) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"title\":\"" + title + "\",\"amount\":12.5}")
                .post("/notes").then().statusCode(200).extract().path("id");
    }

    @Test
    void aTooLongUriIs414ProblemJsonNotTheCodecsEmptyAnswer() {
        String token = TestTokens.of("kth-coordinator", "kth", "coordinator");
        isProblem(given().auth().oauth2(token).get("/notes?q=" + "x".repeat(20_000)).then(), 414)
                .body("type", equalTo("urn:kloss:problem:uri-too-long"));
        given().auth().oauth2(token).get("/notes?q=" + "x".repeat(100)).then().statusCode(200);
    }

    @Test
    void aContentTypeThatIsNoMediaTypeIs415ProblemJson() {
        String token = TestTokens.of("kth-coordinator", "kth", "coordinator");
        byte[] body = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8); // as is: RestAssured cannot encode for it
        isProblem(given().auth().oauth2(token).header("Content-Type", "application").body(body).post("/notes").then(), 415)
                .body("type", equalTo("urn:kloss:problem:unsupported-media-type"));
    }

    @Test
    void noTokenIs401() {
        isProblem(given().get("/notes").then(), 401).header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aMissingRoleIs403() {
        String token = TestTokens.of("kth-staff", "kth", "staff");
        isProblem(given().auth().oauth2(token).get("/notes").then(), 403).body("type", equalTo("urn:kloss:problem:forbidden"));
    }

    @Test
    void validationErrorsNameEachField() {
        String token = TestTokens.of("kth-coordinator", "kth", "coordinator");
        isProblem(given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"title\":\" \",\"amount\":-3}").post("/notes").then(), 400)
                .body("type", equalTo("urn:kloss:problem:validation"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("amount"))
                .body("detail", containsString("amount"));
    }

    @Test
    void aQueryParameterOutOfRangeIsNamed() {
        String token = TestTokens.of("kth-coordinator", "kth", "coordinator");
        isProblem(given().auth().oauth2(token).queryParam("size", 1000).get("/notes").then(), 400).body("errors.field", hasItem("size"));
    }

    @Test
    void aMalformedBodyIs400() {
        String token = TestTokens.of("kth-coordinator", "kth", "coordinator");
        isProblem(given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"title\": ").post("/notes").then(), 400)
                .body("type", equalTo("urn:kloss:problem:malformed-body"));
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        String token = TestTokens.of("kth-coordinator", "kth", "coordinator");
        isProblem(given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"title\":\"t\",\"amount\":\"lots\"}").post("/notes").then(), 400)
                .body("errors[0].field", equalTo("amount"))
                .body("detail", containsString("a number"));
    }

    @Test
    void unknownObjectAndUnknownPathAre404() {
        String token = TestTokens.of("kth-coordinator", "kth", "coordinator");
        isProblem(given().auth().oauth2(token).get("/notes/00000000-0000-0000-0000-000000000000").then(), 404)
                .body("type", equalTo("urn:kloss:problem:not-found"));
        isProblem(given().auth().oauth2(token).get("/no-such-thing").then(), 404);
    }

    @Test
    void aStaleUpdateIs409AndChangesNothing() {
        String token = TestTokens.of("kth-coordinator", "kth", "coordinator");
        String id = createNote(token, "first");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"title\":\"second\",\"amount\":1,\"version\":0}")
                .put("/notes/" + id).then().statusCode(200).body("version", equalTo(1));
        isProblem(given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"title\":\"lost update\",\"amount\":2,\"version\":0}")
                .put("/notes/" + id).then(), 409).body("type", equalTo("urn:kloss:problem:stale-update"));
        given().auth().oauth2(token).get("/notes/" + id).then().statusCode(200).body("title", equalTo("second"));
    }

    @Test
    void anUnexpectedErrorIs500WithAReferenceAndNoInternals() {
        String token = TestTokens.of("admin", "kth", "admin");
        isProblem(given().auth().oauth2(token).get("/notes/boom").then(), 500)
                .body("reference", notNullValue())
                .body("detail", not(containsString("secret internal detail")));
    }

    @Test
    void unsupportedMediaTypeIsAProblemToo() {
        String token = TestTokens.of("kth-coordinator", "kth", "coordinator");
        isProblem(given().auth().oauth2(token).contentType(ContentType.TEXT).body("hello").post("/notes").then(), 415);
    }

    @Test
    void aHostilePathIsAProblemNotACrash() {
        String token = TestTokens.of("kth-coordinator", "kth", "coordinator");
        isProblem(given().auth().oauth2(token).urlEncodingEnabled(false).get("/notes/%00").then(), 404);
        isProblem(given().auth().oauth2(token).urlEncodingEnabled(false).get("/notes/..%2f..%2fetc%2fpasswd").then(), 404);
    }

    @Test
    void aValueTheDatabaseCannotStoreIs400NotA500() {
        // PostgreSQL text cannot hold NUL; the database's refusal is the client's mistake.
        String token = TestTokens.of("kth-coordinator", "kth", "coordinator");
        isProblem(given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"title\":\"nul \\u0000 inside\",\"amount\":1}").post("/notes").then(), 400)
                .body("type", equalTo("urn:kloss:problem:invalid-value"));
    }

    @Test
    void tooDeeplyNestedJsonIs400() {
        // Jackson refuses nesting deeper than 1000 levels before it can exhaust the stack.
        String token = TestTokens.of("kth-coordinator", "kth", "coordinator");
        isProblem(given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("[".repeat(1_200) + "]".repeat(1_200)).post("/notes").then(), 400);
    }

    @Test
    void aBodyOverTheLimitIs413ProblemJson() {
        String token = TestTokens.of("kth-coordinator", "kth", "coordinator");
        isProblem(given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"title\":\"" + "x".repeat(3_000_000) + "\",\"amount\":1}").post("/notes").then(), 413);
    }
}
