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

    /**
     * Sends the request; a 429 of a gateway's rate limit is waited out (its Retry-After, a few times at most), since
     * the matrices make many requests as one user and what they test is not the rate limit.
     */
    static Response send(String baseUrl, String method, String path, JsonNode body, SecurityNetwork.Caller caller) {
        Response response = once(baseUrl, method, path, body, caller);
        for (int attempt = 0; attempt < 5 && response.statusCode() == 429; attempt++) {
            try {
                Thread.sleep(1000L * Math.min(30, Math.max(1, Integer.parseInt(response.header("Retry-After")))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            } catch (NumberFormatException e) {
                return response;
            }
            response = once(baseUrl, method, path, body, caller);
        }
        return response;
    }

    private static Response once(String baseUrl, String method, String path, JsonNode body, SecurityNetwork.Caller caller) {
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
