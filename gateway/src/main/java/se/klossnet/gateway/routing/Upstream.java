package se.klossnet.gateway.routing;

import java.net.URI;

/** An upstream's base URL taken apart for the HTTP client. */
public record Upstream(String host, int port, boolean tls, String basePath) {

    public static Upstream of(URI uri) {
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        if (!tls && !"http".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("an upstream URL is http or https: " + uri);
        }
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return new Upstream(uri.getHost(), port, tls, path);
    }

    /** The base URL as the upstream writes it into absolute links (Location), without a trailing slash. */
    public String origin() {
        boolean defaultPort = tls ? port == 443 : port == 80;
        return (tls ? "https://" : "http://") + host + (defaultPort ? "" : ":" + port);
    }

    /** A path on this upstream, e.g. {@code /q/health/ready}. */
    public String url(String path) {
        return origin() + basePath + path;
    }
}
