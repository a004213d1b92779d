package se.klossnet.platform.trace;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import se.klossnet.events.kafka.SerializedEvent.Causation;

/**
 * What is causing the events recorded right now: the HTTP request being served (its W3C {@code traceparent} /
 * {@code tracestate} and {@code X-Request-Id}, as the gateway passes them on), or the event being handled by a
 * subscription. The outbox stores it with each event, so a trace continues across services and Kafka.
 */
@ApplicationScoped
public class CausationSource {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final String REQUEST_ID_KEY = "kloss.request-id";
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final ThreadLocal<Causation> HANDLING = new ThreadLocal<>();

    private final Instance<CurrentVertxRequest> currentRequest;

    public CausationSource(Instance<CurrentVertxRequest> currentRequest) {
        this.currentRequest = currentRequest;
    }

    /** The causation of the current work; {@link Causation#NONE} when there is none. */
    public Causation current() {
        Causation handling = HANDLING.get();
        if (handling != null) {
            return handling;
        }
        if (!Arc.container().requestContext().isActive() || currentRequest.isUnsatisfied()) {
            return Causation.NONE;
        }
        RoutingContext ctx = currentRequest.get().getCurrent();
        return ctx == null ? Causation.NONE : fromRequest(ctx);
    }

    /** Runs {@code work} with {@code causation} as the cause of whatever it records: used while handling an event. */
    public static <T> T whileHandling(Causation causation, Supplier<T> work) {
        HANDLING.set(causation);
        try {
            return work.get();
        } finally {
            HANDLING.remove();
        }
    }

    private static Causation fromRequest(RoutingContext ctx) {
        String traceParent = ctx.request().getHeader("traceparent");
        if (traceParent != null && !TRACEPARENT.matcher(traceParent).matches()) {
            traceParent = null; // never copy a malformed header into an event
        }
        String traceState = traceParent == null ? null : ctx.request().getHeader("tracestate");
        return new Causation(traceParent, traceState, requestId(ctx));
    }

    /** The request's id: the one it came with when that is safe to repeat, else a new one, the same for the request. */
    private static String requestId(RoutingContext ctx) {
        String id = ctx.get(REQUEST_ID_KEY);
        if (id == null) {
            String given = ctx.request().getHeader(REQUEST_ID_HEADER);
            id = given != null && SAFE_REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
            ctx.put(REQUEST_ID_KEY, id);
        }
        return id;
    }
}
