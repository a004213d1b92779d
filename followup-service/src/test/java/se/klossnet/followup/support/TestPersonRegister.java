package se.klossnet.followup.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.klossnet.platform.privacy.PersonRegisterClient;
import se.klossnet.testing.TestPseudonyms;

/** The node's person register as {@link TestPseudonyms} stands it in, in place of the call-service's. */
@Mock
@ApplicationScoped
public class TestPersonRegister extends PersonRegisterClient {

    public TestPersonRegister() {
        super(Optional.empty(), new ObjectMapper());
    }

    @Override
    public String pseudonymOf(String bearerToken) {
        return TestPseudonyms.inToken(bearerToken);
    }
}
