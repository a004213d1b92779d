package se.klossnet.call;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.ServiceSkeletonContract;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class CallServiceSkeletonTest extends ServiceSkeletonContract {

    @Override
    protected String serviceName() {
        return "call-service";
    }
}
