package se.klossnet.exchange.support;

import java.util.HashMap;
import java.util.Map;
import se.klossnet.testing.RealInfrastructure;

/**
 * The real PostgreSQL and Kafka of {@link RealInfrastructure} plus the module's {@link HrReceiver}, as one test
 * resource. Every test class names this one, so that all share one application (and one start-up).
 */
public class ExchangeTestInfrastructure extends RealInfrastructure {

    private final HrReceiver hr = new HrReceiver();

    @Override
    public synchronized Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.putAll(hr.start());
        return config;
    }
}
