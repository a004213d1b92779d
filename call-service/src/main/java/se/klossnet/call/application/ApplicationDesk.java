package se.klossnet.call.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import se.klossnet.call.call.Call;
import se.klossnet.call.call.CallQueries;
import se.klossnet.call.call.CallRepository;
import se.klossnet.call.person.CallerPerson;
import se.klossnet.platform.outbox.Outbox;
import se.klossnet.platform.problem.Problem.FieldError;
import se.klossnet.platform.problem.ProblemException;
import se.klossnet.platform.problem.StateConflict;
import se.klossnet.platform.problem.ValidationFailed;

/** An applicant's work on their application: drafting, revising, discarding, submitting and withdrawing. */
@ApplicationScoped
public class ApplicationDesk {

    private final ApplicationRepository applications;
    private final ApplicationAccess access;
    private final CallQueries callQueries;
    private final CallRepository calls;
    private final CallSettlement settlement;
    private final CallerPerson person;
    private final Outbox outbox;
    private final Clock clock;

    public ApplicationDesk(ApplicationRepository applications, ApplicationAccess access, CallQueries callQueries,
                           CallRepository calls, CallSettlement settlement, CallerPerson person, Outbox outbox,
                           Clock clock) {
        this.applications = applications;
        this.access = access;
        this.callQueries = callQueries;
        this.calls = calls;
        this.settlement = settlement;
        this.person = person;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ApplicationView draft(String institution, UUID callId, ApplicationTerms terms) {
        Call call = callQueries.visible(institution, callId, false);
        if (!call.acceptsApplicationsAt(clock.instant())) {
            throw new StateConflict("call " + callId + " does not take applications now (it is " + call.status()
                    + ", open " + call.opensAt() + " to " + call.closesAt() + ")");
        }
        requireConsistent(terms);
        Application application = Application.draft(call, person.pseudonym(), terms, clock.instant());
        applications.persist(application);
        return ApplicationView.of(application, person.username());
    }

    @Transactional
    public ApplicationView revise(String institution, UUID id, ApplicationTerms terms) {
        if (terms.version() == null) {
            throw new ValidationFailed("version", "is required when revising; send the version you read");
        }
        Application application = access.ownedByCaller(institution, id);
        requireConsistent(terms);
        if (application.version() != terms.version()) {
            throw new OptimisticLockException("application " + id + " is at version " + application.version());
        }
        application.revise(terms);
        applications.flush();
        return ApplicationView.of(application, person.username());
    }

    /** Deletes a draft; nothing was ever announced about it. */
    @Transactional
    public void discard(String institution, UUID id) {
        Application application = access.ownedByCaller(institution, id);
        if (application.status() != ApplicationStatus.DRAFT) {
            throw new StateConflict("only a draft can be discarded; withdraw a submitted application instead");
        }
        applications.delete(application);
    }

    /** Submits after checking eligibility; refused with every broken rule (422) otherwise. Emits ApplicationSubmitted. */
    @Transactional
    public ApplicationView submit(String institution, UUID id) {
        Application application = access.ownedByCaller(institution, id);
        // A shared lock: the deadline closer's exclusive lock waits for this submission, so CallClosed counts it.
        Call call = calls.findById(application.callId(), LockModeType.PESSIMISTIC_READ);
        Instant now = clock.instant();
        List<Violation> violations = EligibilityRules.check(CallLimits.of(call, now), application.terms());
        if (!violations.isEmpty()) {
            throw notEligible(violations);
        }
        outbox.record(institution, application.submit(now));
        applications.flush();
        return ApplicationView.of(application, person.username());
    }

    /** Withdraws a submitted application until its decision. Emits ApplicationWithdrawn. */
    @Transactional
    public ApplicationView withdraw(String institution, UUID id) {
        Application application = access.ownedByCaller(institution, id);
        Instant now = clock.instant();
        outbox.record(institution, application.withdraw(now));
        settlement.settleIfAllDecided(application.callId(), now);
        applications.flush();
        return ApplicationView.of(application, person.username());
    }

    /** The eligibility check of a saved application, without submitting it. */
    public EligibilityReport eligibility(String institution, UUID id) {
        Application application = access.ownedByCaller(institution, id);
        Call call = calls.findById(application.callId());
        return EligibilityReport.of(EligibilityRules.check(CallLimits.of(call, clock.instant()), application.terms()));
    }

    /** The eligibility check of an application that is not saved: for trying out before drafting. */
    public EligibilityReport dryRun(String institution, UUID callId, ApplicationTerms terms) {
        Call call = callQueries.visible(institution, callId, false);
        requireConsistent(terms);
        return EligibilityReport.of(EligibilityRules.check(CallLimits.of(call, clock.instant()), terms));
    }

    private static void requireConsistent(ApplicationTerms terms) {
        List<FieldError> violations = ApplicationTermsPolicy.violations(terms);
        if (!violations.isEmpty()) {
            throw new ValidationFailed(violations);
        }
    }

    private static ProblemException notEligible(List<Violation> violations) {
        String codes = violations.stream().map(v -> v.code().name()).distinct().collect(Collectors.joining(", "));
        List<FieldError> errors = violations.stream()
                .map(v -> new FieldError(v.field(), v.code().name() + ": " + v.message())).toList();
        return new ProblemException(422, "not-eligible", "The application is not eligible",
                "the application breaks " + violations.size() + " eligibility rule(s): " + codes
                        + "; GET its /eligibility for the details", errors);
    }
}
