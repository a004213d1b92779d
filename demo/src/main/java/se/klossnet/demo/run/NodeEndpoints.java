package se.klossnet.demo.run;

/**
 * Where one institution's node answers: its gateway (prefixes /call, /exchange, /followup). The host contact's
 * single-use links carry no bearer token; the gateway opens those paths without one (its routes' public paths).
 */
public record NodeEndpoints(String node, String gateway) {

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
