package se.klossnet.call.call;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import se.klossnet.events.call.CallClosed;
import se.klossnet.events.call.CallPublished;
import se.klossnet.platform.outbox.Outbox;
import se.klossnet.platform.problem.ResourceNotFound;
import se.klossnet.platform.problem.StateConflict;
import se.klossnet.platform.scope.InstitutionScope;

/** Moving a call through DRAFT → OPEN → CLOSED → DECIDED → ARCHIVED. */
@ApplicationScoped
public class CallLifecycle {

    private final CallRepository calls;
    private final ApplicationTally tally;
    private final Outbox outbox;
    private final Clock clock;

    public CallLifecycle(CallRepository calls, ApplicationTally tally, Outbox outbox, Clock clock) {
        this.calls = calls;
        this.tally = tally;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public CallView publish(String institution, UUID id) {
        Call call = locked(institution, id);
        CallPublished event = call.publish(clock.instant());
        outbox.record(institution, event);
        calls.flush();
        return CallView.of(call);
    }

    /** A coordinator closes the call before its deadline. */
    @Transactional
    public CallView close(String institution, UUID id) {
        Call call = locked(institution, id);
        CallClosed event = call.close(clock.instant(), false, tally.standing(id));
        outbox.record(institution, event);
        calls.flush();
        return CallView.of(call);
    }

    /**
     * The deadline closer closes one call. The row lock makes a concurrent closer (another instance, or a coordinator)
     * wait and then find it closed, so the call closes, and {@code CallClosed} is recorded, exactly once.
     *
     * @return whether this invocation closed it
     */
    @Transactional
    public boolean closeAtDeadline(UUID id, Instant now) {
        Call call = calls.lockedById(id).orElseThrow(() -> new ResourceNotFound("call", id));
        if (!call.isDueAt(now)) {
            return false;
        }
        outbox.record(call.institution(), call.close(now, true, tally.standing(id)));
        return true;
    }

    /**
     * Marks a closed call decided by hand: for a call without applications, or when the last decision was taken
     * before this service decided calls by itself. Refused while an application still awaits its decision.
     */
    @Transactional
    public CallView markDecided(String institution, UUID id) {
        Call call = locked(institution, id);
        int undecided = tally.undecided(id);
        if (undecided > 0) {
            throw new StateConflict(undecided + " application(s) of call " + id + " still await a decision");
        }
        call.markDecided(clock.instant());
        calls.flush();
        return CallView.of(call);
    }

    @Transactional
    public CallView archive(String institution, UUID id) {
        Call call = locked(institution, id);
        call.archive(clock.instant());
        calls.flush();
        return CallView.of(call);
    }

    private Call locked(String institution, UUID id) {
        return InstitutionScope.requireOwn(calls.lockedById(id).orElse(null), institution, "call", id);
    }
}
