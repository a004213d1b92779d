package se.klossnet.call.privacy;

import io.smallrye.config.ConfigMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The other services of the node that hold personal data, by name, with their base URL:
 * {@code kloss.privacy.parts.exchange-service=http://...}. Each answers {@code GET /privacy/parts/{requestId}} and
 * {@code GET /privacy/holds/{pseudonym}}, and confirms export and erasure requests on the privacy topic.
 */
@ConfigMapping(prefix = "kloss.privacy")
public interface PrivacyServices {

    /** This service's own name on the privacy topic. */
    String SELF = "call-service";

    Map<String, String> parts();

    /** Every service whose confirmation completes a request: this one and the configured ones. */
    default List<String> expected() {
        List<String> services = new ArrayList<>();
        services.add(SELF);
        parts().keySet().stream().sorted().forEach(services::add);
        return services;
    }
}
