package se.klossnet.call.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.UUID;
import se.klossnet.call.call.Call;
import se.klossnet.call.call.CallRepository;
import se.klossnet.call.call.CallStatus;

/**
 * A closed call becomes DECIDED with the last decision (or withdrawal) among its applications, so that coordinators
 * need not remember a separate step.
 */
@ApplicationScoped
public class CallSettlement {

    private final CallRepository calls;
    private final ApplicationRepository applications;

    public CallSettlement(CallRepository calls, ApplicationRepository applications) {
        this.calls = calls;
        this.applications = applications;
    }

    /** Marks the call decided when it is closed and no application awaits a decision; joins the caller's transaction. */
    @Transactional(TxType.MANDATORY)
    public void settleIfAllDecided(UUID callId, Instant now) {
        Call call = calls.lockedById(callId).orElseThrow();
        applications.flush(); // the caller's decision must count
        if (call.status() == CallStatus.CLOSED && applications.countUndecided(callId) == 0) {
            call.markDecided(now);
        }
    }
}
