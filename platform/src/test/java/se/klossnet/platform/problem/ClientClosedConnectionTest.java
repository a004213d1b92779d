package se.klossnet.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A client that closes its connection in the middle of its request body (wrk stopping under load did, in the bench)
 * is not an internal error: which failures count as that.
 */
class ClientClosedConnectionTest {

    @Test
    void aClosedConnectionWhileTheBodyIsReadIsTheClients() {
        // As RESTEasy Reactive's blocking body input wraps it when Jackson reads the body.
        Throwable thrown = new IOException(new IOException(new HttpClosedException("Connection was closed")));
        assertThat(ProblemMappers.clientClosedConnection(thrown)).isTrue();
    }

    @Test
    void otherInputFailuresAreNot() {
        assertThat(ProblemMappers.clientClosedConnection(new IOException("disk full"))).isFalse();
        assertThat(ProblemMappers.clientClosedConnection(new IllegalStateException("a bug"))).isFalse();
    }
}
