package se.klossnet.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.klossnet.platform.testapp.Note;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

/** A token of one institution never reads or changes another institution's object. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class InstitutionScopeTest {

    private static UUID mauNote() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Note note = new Note();
            note.id = UUID.randomUUID();
            note.institution = "mau";
            note.title = "mau's own";
            note.amount = BigDecimal.ONE;
            note.persist();
            return note.id;
        });
    }

    @Test
    void anotherInstitutionsObjectIsNotFoundAndUnchanged() {
        String token = TestTokens.of("kth-coordinator", "kth", "coordinator");
        UUID id = mauNote();
        given().auth().oauth2(token).get("/notes/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"title\":\"taken over\",\"amount\":5,\"version\":0}")
                .put("/notes/" + id).then().statusCode(404);
        String title = QuarkusTransaction.requiringNew().call(() -> Note.<Note>findById(id).title);
        org.assertj.core.api.Assertions.assertThat(title).isEqualTo("mau's own");
    }

    @Test
    void anInstitutionThisNodeDoesNotServeIsForbidden() {
        String token = TestTokens.of("lu-coordinator", "lu", "coordinator");
        given().auth().oauth2(token).get("/notes").then().statusCode(403).body("detail", equalTo("this node does not serve institution lu"));
    }

    @Test
    void aTokenWithoutInstitutionIsForbidden() {
        String token = TestTokens.of("nobody", null, "coordinator");
        given().auth().oauth2(token).get("/notes").then().statusCode(403).contentType("application/problem+json");
    }
}
