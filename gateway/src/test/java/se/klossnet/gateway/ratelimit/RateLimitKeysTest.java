package se.klossnet.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import se.klossnet.gateway.identity.Caller;

class RateLimitKeysTest {

    private static final Set<String> USER_FACING = Set.of("kloss-gateway", "kloss-web");

    @Test
    void aMachineClientSharesOneClientBucketAcrossItsTokens() {
        var first = RateLimitGate.keys(caller("sa-1", "kth-systems"), "10.0.0.1", USER_FACING);
        var second = RateLimitGate.keys(caller("sa-2", "kth-systems"), "10.0.0.2", USER_FACING);
        assertThat(first.client()).isEqualTo("client:kth-systems").isEqualTo(second.client());
        assertThat(first.user()).isEqualTo("sub:sa-1").isNotEqualTo(second.user());
    }

    @Test
    void theGatewaysOwnClientsAreLimitedPerUserOnlyAndAnonymousCallersPerAddress() {
        var browser = RateLimitGate.keys(caller("u-1", "kloss-gateway"), "10.0.0.1", USER_FACING);
        assertThat(browser.client()).isEqualTo("for:sub:u-1");
        var anonymous = RateLimitGate.keys(Caller.ANONYMOUS, "10.0.0.9", USER_FACING);
        assertThat(anonymous.user()).isEqualTo("ip:10.0.0.9");
    }

    private static Caller caller(String subject, String client) {
        return new Caller(subject, client, "kth", Set.of("staff"), "token", false);
    }
}
