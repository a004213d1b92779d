package se.klossnet.call.call;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import se.klossnet.call.programme.Programme;
import se.klossnet.call.programme.ProgrammeRepository;
import se.klossnet.platform.problem.Problem.FieldError;
import se.klossnet.platform.problem.ValidationFailed;
import se.klossnet.platform.scope.InstitutionScope;

/** Drafting a call and revising the draft until it is published. Drafts emit no events. */
@ApplicationScoped
public class CallDrafting {

    private final CallRepository calls;
    private final ProgrammeRepository programmes;
    private final Clock clock;

    public CallDrafting(CallRepository calls, ProgrammeRepository programmes, Clock clock) {
        this.calls = calls;
        this.programmes = programmes;
        this.clock = clock;
    }

    @Transactional
    public CallView draft(String institution, CallTerms terms) {
        Programme programme = programme(institution, terms.programmeId());
        requireConsistent(terms);
        Call call = Call.draft(institution, programme.id(), programme.direction(), terms, clock.instant());
        calls.persist(call);
        return CallView.of(call);
    }

    @Transactional
    public CallView revise(String institution, UUID id, CallTerms terms) {
        if (terms.version() == null) {
            throw new ValidationFailed("version", "is required when revising; send the version you read");
        }
        Call call = InstitutionScope.requireOwn(calls.findById(id), institution, "call", id);
        Programme programme = programme(institution, terms.programmeId());
        requireConsistent(terms);
        if (call.version() != terms.version()) {
            throw new OptimisticLockException("call " + id + " is at version " + call.version());
        }
        call.revise(programme.id(), programme.direction(), terms);
        calls.flush(); // a concurrent revision fails here with 409, not after the response is built
        return CallView.of(call);
    }

    private static void requireConsistent(CallTerms terms) {
        List<FieldError> violations = CallTermsPolicy.violations(terms);
        if (!violations.isEmpty()) {
            throw new ValidationFailed(violations);
        }
    }

    private Programme programme(String institution, UUID id) {
        return InstitutionScope.requireOwn(programmes.findById(id), institution, "programme", id);
    }
}
