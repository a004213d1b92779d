package se.klossnet.call.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import se.klossnet.call.application.Application;
import se.klossnet.call.application.ApplicationAccess;
import se.klossnet.call.application.ApplicationQueries;
import se.klossnet.call.application.ApplicationRepository;
import se.klossnet.call.application.ApplicationView;
import se.klossnet.call.application.CallSettlement;
import se.klossnet.call.call.Call;
import se.klossnet.call.call.CallRepository;
import se.klossnet.call.call.CallStatus;
import se.klossnet.call.person.CallerPerson;
import se.klossnet.platform.outbox.Outbox;
import se.klossnet.platform.problem.StateConflict;
import se.klossnet.platform.problem.ValidationFailed;

/**
 * A coordinator grants or rejects an application after the call has closed. Grants are serialised per call (the
 * call's row is locked), so two grants at once cannot together exceed the budget.
 */
@ApplicationScoped
public class Deciding {

    private final ApplicationAccess access;
    private final ApplicationRepository applications;
    private final ApplicationQueries queries;
    private final CallRepository calls;
    private final CallSettlement settlement;
    private final CallerPerson person;
    private final Outbox outbox;
    private final Clock clock;

    public Deciding(ApplicationAccess access, ApplicationRepository applications, ApplicationQueries queries,
                    CallRepository calls, CallSettlement settlement, CallerPerson person, Outbox outbox, Clock clock) {
        this.access = access;
        this.applications = applications;
        this.queries = queries;
        this.calls = calls;
        this.settlement = settlement;
        this.person = person;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Emits ApplicationGranted or ApplicationRejected; the call becomes DECIDED with its last decision. */
    @Transactional
    public ApplicationView decide(String institution, UUID applicationId, DecisionRequest request) {
        Application application = access.readable(institution, applicationId);
        Call call = calls.lockedById(application.callId()).orElseThrow();
        if (call.status() != CallStatus.CLOSED) {
            throw new StateConflict("decisions are taken after the call has closed and before it is decided; the call is "
                    + call.status());
        }
        Instant now = clock.instant();
        String coordinator = person.pseudonym();
        if (request.outcome() == DecisionRequest.Outcome.GRANT) {
            if (request.grantedSek() == null) {
                throw new ValidationFailed("grantedSek", "is required to grant");
            }
            if (request.grantedSek().compareTo(call.maxGrantSek()) > 0) {
                throw new ValidationFailed("grantedSek", "must not exceed the call's maximum grant of "
                        + call.maxGrantSek().toPlainString() + " SEK");
            }
            BudgetPolicy.requireWithinBudget(call.budgetSek(), applications.grantedIn(call.id()), request.grantedSek());
            outbox.record(institution, application.grant(call.direction(), call.endorsementRequired(),
                    request.grantedSek(), request.motivation(), coordinator, now));
        } else {
            if (request.grantedSek() != null) {
                throw new ValidationFailed("grantedSek", "must be absent when rejecting");
            }
            outbox.record(institution, application.reject(request.motivation(), coordinator, now));
        }
        settlement.settleIfAllDecided(call.id(), now);
        applications.flush();
        return queries.view(application);
    }
}
