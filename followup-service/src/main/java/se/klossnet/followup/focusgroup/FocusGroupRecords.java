package se.klossnet.followup.focusgroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.klossnet.events.followup.FocusGroupHeld;
import se.klossnet.followup.NodeCalendar;
import se.klossnet.followup.exchange.FollowedExchange;
import se.klossnet.followup.exchange.FollowedExchangeRepository;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.outbox.Outbox;
import se.klossnet.platform.problem.Problem;
import se.klossnet.platform.problem.ValidationFailed;
import se.klossnet.platform.scope.InstitutionScope;

/**
 * Recording focus groups. Recording one publishes FocusGroupHeld; a revision publishes it again (same id) only when
 * the date, programme, participant count or themes changed, so consumers keep the latest per focus group.
 */
@ApplicationScoped
public class FocusGroupRecords {

    private final FocusGroupRepository groups;
    private final FollowedExchangeRepository exchanges;
    private final Outbox outbox;
    private final NodeCalendar calendar;

    public FocusGroupRecords(FocusGroupRepository groups, FollowedExchangeRepository exchanges, Outbox outbox,
                             NodeCalendar calendar) {
        this.groups = groups;
        this.exchanges = exchanges;
        this.outbox = outbox;
        this.calendar = calendar;
    }

    @Transactional
    public FocusGroupView record(String institution, FocusGroupDraft draft) {
        check(institution, draft);
        FocusGroup group = FocusGroup.record(institution, draft, calendar.now());
        groups.persist(group);
        outbox.record(institution, group.held());
        return FocusGroupView.of(group);
    }

    @Transactional
    public FocusGroupView revise(String institution, UUID id, FocusGroupDraft draft) {
        if (draft.version() == null) {
            throw new ValidationFailed("version", "is required when revising; send the version you read");
        }
        FocusGroup group = find(institution, id);
        if (group.version() != draft.version()) {
            throw new OptimisticLockException("focus group " + id + " is at version " + group.version());
        }
        check(institution, draft);
        FocusGroupHeld changed = group.revise(draft);
        if (changed != null) {
            outbox.record(institution, changed);
        }
        groups.flush();
        return FocusGroupView.of(group);
    }

    public FocusGroupView get(String institution, UUID id) {
        return FocusGroupView.of(find(institution, id));
    }

    public Page<FocusGroupView> search(String institution, String programmeId, LocalDate from, LocalDate to,
                                       String theme, int page, int size) {
        var query = groups.search(institution, programmeId, from, to, theme).page(page, size);
        return new Page<>(query.list().stream().map(FocusGroupView::of).toList(), page, size, query.count());
    }

    /** A focus group is recorded once held, and its participants' exchanges are the institution's own. */
    private void check(String institution, FocusGroupDraft draft) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (draft.heldOn().isAfter(calendar.today())) {
            errors.add(new Problem.FieldError("heldOn", "must not be in the future: record a focus group once held"));
        }
        for (int i = 0; i < draft.participantExchangeIds().size(); i++) {
            String exchangeId = draft.participantExchangeIds().get(i).strip();
            FollowedExchange exchange = exchanges.findById(exchangeId);
            if (exchange == null || !exchange.institution().equals(institution)) {
                errors.add(new Problem.FieldError("participantExchangeIds[" + i + "]", "is not a known exchange"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    private FocusGroup find(String institution, UUID id) {
        return InstitutionScope.requireOwn(groups.findById(id), institution, "focus group", id);
    }
}
