package se.klossnet.demo.run;

/**
 * Where one institution's node answers. Everything with a user goes through the node's gateway (prefixes /call,
 * /exchange, /followup). The host contact's single-use links carry no bearer token, and the gateway admits no
 * unauthenticated request on its routes, so those two anonymous steps go to the services themselves — as the link
 * URL the services hand out does.
 */
public record NodeEndpoints(String node, String gateway, String exchangeService, String followupService) {

    public String call(String path) {
        return gateway + "/call" + path;
    }

    public String exchange(String path) {
        return gateway + "/exchange" + path;
    }

    public String followup(String path) {
        return gateway + "/followup" + path;
    }
}
