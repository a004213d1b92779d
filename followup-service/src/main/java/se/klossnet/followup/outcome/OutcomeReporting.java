package se.klossnet.followup.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.UUID;
import se.klossnet.events.followup.OutcomeReported;
import se.klossnet.followup.NodeCalendar;
import se.klossnet.followup.exchange.ExchangeAccess;
import se.klossnet.followup.pseudonym.Caller;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.outbox.Outbox;
import se.klossnet.platform.problem.ResourceNotFound;
import se.klossnet.platform.problem.ValidationFailed;

/**
 * Reporting outcomes, by the participant or a coordinator, during the exchange or years after. Each report
 * publishes OutcomeReported, the basis of the national figures on effects; a revision that changes a published
 * fact publishes it again with the same outcome id, so consumers keep the latest per outcome.
 */
@ApplicationScoped
public class OutcomeReporting {

    private final OutcomeRepository outcomes;
    private final ExchangeAccess access;
    private final Outbox outbox;
    private final NodeCalendar calendar;

    public OutcomeReporting(OutcomeRepository outcomes, ExchangeAccess access, Outbox outbox, NodeCalendar calendar) {
        this.outcomes = outcomes;
        this.access = access;
        this.outbox = outbox;
        this.calendar = calendar;
    }

    @Transactional
    public OutcomeView report(Caller caller, String exchangeId, OutcomeDraft draft) {
        ExchangeAccess.Granted granted = access.require(caller, exchangeId);
        OutcomeDatingPolicy.check(granted.exchange(), draft.occurredOn(), calendar.today());
        Outcome outcome = Outcome.report(granted.exchange().institution(), exchangeId, draft, granted.callerPseudonym(),
                granted.asParticipant() ? ReporterRole.PARTICIPANT : ReporterRole.COORDINATOR, calendar.now());
        outcomes.persist(outcome);
        outbox.record(outcome.institution(), outcome.reported());
        return OutcomeView.of(outcome);
    }

    @Transactional
    public OutcomeView revise(Caller caller, UUID id, OutcomeDraft draft) {
        if (draft.version() == null) {
            throw new ValidationFailed("version", "is required when revising; send the version you read");
        }
        Outcome outcome = find(caller, id);
        if (outcome.version() != draft.version()) {
            throw new OptimisticLockException("outcome " + id + " is at version " + outcome.version());
        }
        OutcomeDatingPolicy.check(access.require(caller, outcome.exchangeId()).exchange(), draft.occurredOn(),
                calendar.today());
        OutcomeReported changed = outcome.revise(draft);
        if (changed != null) {
            outbox.record(outcome.institution(), changed);
        }
        outcomes.flush();
        return OutcomeView.of(outcome);
    }

    @Transactional
    public OutcomeView get(Caller caller, UUID id) {
        return OutcomeView.of(find(caller, id));
    }

    /** Coordinators see the institution's outcomes; a participant those of their own exchanges. */
    @Transactional
    public Page<OutcomeView> search(Caller caller, OutcomeRepository.Filter filter, int page, int size) {
        OutcomeRepository.Filter scoped = caller.isCoordinator() ? filter
                : new OutcomeRepository.Filter(caller.pseudonym(), filter.exchangeId(), filter.programmeId(),
                filter.type(), filter.side(), filter.from(), filter.to());
        var query = outcomes.search(caller.institution(), scoped).page(page, size);
        return new Page<>(query.list().stream().map(OutcomeView::of).toList(), page, size, query.count());
    }

    /** An outcome the caller may see: of their institution, and of an exchange they follow up. */
    private Outcome find(Caller caller, UUID id) {
        Outcome outcome = outcomes.findById(id);
        if (outcome == null || !outcome.institution().equals(caller.institution())) {
            throw new ResourceNotFound("outcome", id);
        }
        try {
            access.require(caller, outcome.exchangeId());
        } catch (ResourceNotFound e) {
            throw new ResourceNotFound("outcome", id);
        }
        return outcome;
    }
}
