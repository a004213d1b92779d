package se.klossnet.platform.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

/** Through HTTP: verified tokens are reused, refused ones never enter the cache, and callers stay apart. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class TokenCacheTest {

    @Inject
    VerifiedTokenCache cache;

    @Test
    void aVerifiedTokenIsRememberedAndServesLaterRequestsAsTheSameCaller() {
        String token = TestTokens.of("kth-coordinator-cache", "kth", "coordinator");
        assertThat(cache.find(token)).isEmpty();
        given().auth().oauth2(token).get("/whoami").then().statusCode(200);
        assertThat(cache.find(token)).map(i -> i.getPrincipal().getName()).isPresent();
        given().auth().oauth2(token).get("/whoami").then().statusCode(200);
    }

    @Test
    void expiredAndBadlySignedTokensAreRefusedAndNotRemembered() {
        String expired = TestTokens.expired("kth-coordinator", "kth", "coordinator");
        String forged = TestTokens.badSignature("kth-coordinator", "kth", "coordinator");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(expired).get("/notes").then().statusCode(401);
            given().auth().oauth2(forged).get("/notes").then().statusCode(401);
        }
        assertThat(cache.find(expired)).isEmpty();
        assertThat(cache.find(forged)).isEmpty();
    }

    @Test
    void twoCallersKeepTheirOwnInstitutionsWhenBothAreCached() {
        String kth = TestTokens.of("kth-coordinator", "kth", "coordinator");
        String lu = TestTokens.of("lu-coordinator", "lu", "coordinator");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(kth).get("/notes").then().statusCode(200);
            given().auth().oauth2(lu).get("/notes").then().statusCode(403); // this node does not serve lu
        }
        assertThat(cache.find(kth)).isPresent();
        assertThat(cache.find(lu)).isPresent();
    }
}
