package se.klossnet.system.security;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Sends one request of the matrices: a method, a path on a service, an optional body, as a caller (or anonymously). */
final class Calls {

    private Calls() {
    }

    static Response send(String baseUrl, String method, String path, JsonNode body, SecurityNetwork.Caller caller) {
        RequestSpecification request = given().redirects().follow(false).accept("application/json, text/csv, */*");
        if (caller != null) {
            request.auth().oauth2(caller.token());
        }
        if (body != null && !method.equals("GET") && !method.equals("DELETE")) {
            request.contentType(ContentType.JSON).body(body.toString());
        }
        return request.request(method, baseUrl + path);
    }
}
