package se.klossnet.exchange;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import se.klossnet.exchange.support.ExchangeTestInfrastructure;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.ServiceSkeletonContract;

@QuarkusTest
@QuarkusTestResource(ExchangeTestInfrastructure.class)
class ExchangeServiceSkeletonTest extends ServiceSkeletonContract {

    @Override
    protected String serviceName() {
        return "exchange-service";
    }
}
