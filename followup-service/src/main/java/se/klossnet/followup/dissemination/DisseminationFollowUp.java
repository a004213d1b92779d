package se.klossnet.followup.dissemination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.klossnet.events.followup.DisseminationReported;
import se.klossnet.followup.NodeCalendar;
import se.klossnet.followup.exchange.ExchangeAccess;
import se.klossnet.followup.exchange.FollowedExchange;
import se.klossnet.followup.exchange.GrantRepository;
import se.klossnet.followup.pseudonym.Caller;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.outbox.Outbox;
import se.klossnet.platform.problem.ValidationFailed;

/**
 * Dissemination and valorisation of an exchange: the plan (control questions and planned activities), the
 * activities done, and the closing statement on how the work lives on. Each activity recorded publishes
 * DisseminationReported with the exchange's activity counts per type so far (the latest event is the current
 * total), never the audience or description.
 */
@ApplicationScoped
public class DisseminationFollowUp {

    private final ExchangeAccess access;
    private final DisseminationPlanRepository plans;
    private final DisseminationActivityRepository activities;
    private final GrantRepository grants;
    private final Outbox outbox;
    private final NodeCalendar calendar;

    public DisseminationFollowUp(ExchangeAccess access, DisseminationPlanRepository plans,
                                 DisseminationActivityRepository activities, GrantRepository grants, Outbox outbox,
                                 NodeCalendar calendar) {
        this.access = access;
        this.plans = plans;
        this.activities = activities;
        this.grants = grants;
        this.outbox = outbox;
        this.calendar = calendar;
    }

    @Transactional
    public DisseminationView view(Caller caller, String exchangeId) {
        FollowedExchange exchange = access.require(caller, exchangeId).exchange();
        return viewOf(exchange, plans.findById(exchangeId));
    }

    @Transactional
    public DisseminationView plan(Caller caller, String exchangeId, PlanDraft draft) {
        FollowedExchange exchange = access.require(caller, exchangeId).exchange();
        DisseminationPlan plan = existingOrNew(exchange, draft.version());
        plan.plan(draft, calendar.now());
        persistIfNew(plan);
        return viewOf(exchange, plan);
    }

    @Transactional
    public DisseminationView close(Caller caller, String exchangeId, ClosingStatementDraft draft) {
        FollowedExchange exchange = access.require(caller, exchangeId).exchange();
        DisseminationPlan plan = existingOrNew(exchange, draft.version());
        plan.close(draft.text(), calendar.today(), calendar.now());
        persistIfNew(plan);
        return viewOf(exchange, plan);
    }

    @Transactional
    public ActivityView record(Caller caller, String exchangeId, ActivityDraft draft) {
        ExchangeAccess.Granted granted = access.require(caller, exchangeId);
        FollowedExchange exchange = granted.exchange();
        checkDate(exchange, draft.heldOn());
        // one recorder at a time per exchange, so each event's counts include every earlier activity
        lock(exchangeId);
        DisseminationActivity activity = DisseminationActivity.record(exchange.institution(), exchangeId, draft,
                granted.callerPseudonym(), calendar.now());
        activities.persist(activity);
        activities.flush();
        Map<String, Integer> counts = new LinkedHashMap<>();
        activities.doneByType(exchangeId).forEach((type, count) -> counts.put(type.name(), count));
        outbox.record(exchange.institution(), new DisseminationReported(exchangeId, calendar.today(), counts));
        return ActivityView.of(activity);
    }

    @Transactional
    public Page<ActivityView> activities(Caller caller, String exchangeId, ActivityType type, LocalDate from,
                                         LocalDate to, int page, int size) {
        access.require(caller, exchangeId);
        var query = activities.search(exchangeId, type, from, to).page(page, size);
        return new Page<>(query.list().stream().map(ActivityView::of).toList(), page, size, query.count());
    }

    /** Serialises writers of one exchange's dissemination until commit (no duplicate plan, exact counts). */
    private void lock(String exchangeId) {
        plans.getEntityManager()
                .createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))) AS locked")
                .setParameter(1, "dissemination/" + exchangeId).getSingleResult();
    }

    private DisseminationPlan existingOrNew(FollowedExchange exchange, Long version) {
        lock(exchange.id());
        DisseminationPlan plan = plans.findById(exchange.id());
        if (plan == null) {
            return DisseminationPlan.empty(exchange.institution(), exchange.id(), calendar.now()); // persisted once filled
        }
        if (version == null) {
            throw new ValidationFailed("version", "is required once the plan exists; send the version you read");
        }
        if (plan.version() != version) {
            throw new OptimisticLockException("the dissemination plan of " + exchange.id() + " is at version " + plan.version());
        }
        return plan;
    }

    /** A new plan is inserted once filled in, so that it starts at version 0. */
    private void persistIfNew(DisseminationPlan plan) {
        if (!plans.isPersistent(plan)) {
            plans.persist(plan);
        }
        plans.flush();
    }

    private void checkDate(FollowedExchange exchange, LocalDate heldOn) {
        if (heldOn.isAfter(calendar.today())) {
            throw new ValidationFailed("heldOn", "must not be in the future: record an activity once done");
        }
        if (exchange.beganOn() != null && heldOn.isBefore(exchange.beganOn())) {
            throw new ValidationFailed("heldOn", "must not be before the exchange began on " + exchange.beganOn());
        }
    }

    private DisseminationView viewOf(FollowedExchange exchange, DisseminationPlan plan) {
        List<String> topics = grants.of(exchange).map(g -> g.disseminationTopics()).orElse(List.of());
        Map<ActivityType, Integer> planned = plan == null ? Map.of() : plan.plannedActivities();
        Map<ActivityType, Integer> done = activities.doneByType(exchange.id());
        List<DisseminationView.TypeProgress> progress = new ArrayList<>();
        int plannedTotal = 0;
        int doneTotal = 0;
        for (ActivityType type : ActivityType.values()) {
            int p = planned.getOrDefault(type, 0);
            int d = done.getOrDefault(type, 0);
            plannedTotal += p;
            doneTotal += d;
            if (p > 0 || d > 0) {
                progress.add(new DisseminationView.TypeProgress(type, p, d));
            }
        }
        return new DisseminationView(exchange.id(), topics, plan == null ? null : plan.answers(), progress,
                plannedTotal, doneTotal, plan == null ? null : plan.closingStatement(),
                plan == null ? null : plan.closingStatementOn(), plan == null ? null : plan.version());
    }
}
