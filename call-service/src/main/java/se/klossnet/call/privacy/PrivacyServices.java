package se.klossnet.call.privacy;

import io.smallrye.config.ConfigMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The other services of the node that hold personal data, by short name, with their base URL:
 * {@code kloss.privacy.parts.exchange=http://...} (environment: {@code KLOSS_PRIVACY_PARTS_EXCHANGE}); the service's
 * name on the privacy topic is the short name and {@code -service}. Each answers {@code GET /privacy/parts/{requestId}} and
 * {@code GET /privacy/holds/{pseudonym}}, and confirms export and erasure requests on the privacy topic.
 */
@ConfigMapping(prefix = "kloss.privacy")
public interface PrivacyServices {

    /** This service's own name on the privacy topic. */
    String SELF = "call-service";

    Map<String, String> parts();

    /** The configured services by their name on the privacy topic, e.g. {@code exchange-service}, with base URLs. */
    default Map<String, String> byService() {
        Map<String, String> services = new TreeMap<>();
        parts().forEach((name, url) -> services.put(name + "-service", url));
        return services;
    }

    /** Every service whose confirmation completes a request: this one and the configured ones. */
    default List<String> expected() {
        List<String> services = new ArrayList<>();
        services.add(SELF);
        services.addAll(byService().keySet());
        return services;
    }
}
