package se.klossnet.call.call;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import se.klossnet.call.common.Sorting;
import se.klossnet.call.programme.Programme;
import se.klossnet.call.programme.ProgrammeRepository;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.problem.ResourceNotFound;
import se.klossnet.platform.scope.InstitutionScope;
import se.klossnet.platform.scope.NodeConfig;

/** Finding calls: the institution's own lists (drafts for coordinators only) and the public list of open calls. */
@ApplicationScoped
public class CallQueries {

    static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "opensAt", "opensAt",
            "closesAt", "closesAt", "budgetSek", "budgetSek", "title", "titleEn", "status", "status");

    private final CallRepository calls;
    private final ProgrammeRepository programmes;
    private final NodeConfig node;
    private final Clock clock;

    public CallQueries(CallRepository calls, ProgrammeRepository programmes, NodeConfig node, Clock clock) {
        this.calls = calls;
        this.programmes = programmes;
        this.node = node;
        this.clock = clock;
    }

    /** One call. Drafts are the coordinators' work in progress: to anyone else they do not exist. */
    public CallView get(String institution, UUID id, boolean withDrafts) {
        return CallView.of(visible(institution, id, withDrafts));
    }

    /** The call itself, for other features; 404 when it is another institution's or an invisible draft. */
    public Call visible(String institution, UUID id, boolean withDrafts) {
        Call call = InstitutionScope.requireOwn(calls.findById(id), institution, "call", id);
        if (call.status() == CallStatus.DRAFT && !withDrafts) {
            throw new ResourceNotFound("call", id);
        }
        return call;
    }

    public Page<CallView> search(String institution, boolean withDrafts, CallFilter filter, String sort, int page, int size) {
        Sort order = Sorting.parse(sort, SORTABLE, "-createdAt");
        var query = calls.search(institution, withDrafts, filter, order).page(page, size);
        return new Page<>(query.list().stream().map(CallView::of).toList(), page, size, query.count());
    }

    /** The institution's open calls, soonest deadline first; an institution this node does not serve is a 404. */
    public Page<PublicCallView> openCalls(String institution, int page, int size) {
        if (institution == null || !node.institutions().contains(institution)) {
            throw new ResourceNotFound("institution", institution);
        }
        var query = calls.openCalls(institution, clock.instant()).page(page, size);
        List<Call> open = query.list();
        Map<UUID, String> names = programmeNames(open);
        return new Page<>(open.stream().map(c -> PublicCallView.of(c, names.get(c.programmeId()))).toList(),
                page, size, query.count());
    }

    public PublicCallView openCall(UUID id) {
        Call call = calls.findByIdOptional(id)
                .filter(c -> c.status() == CallStatus.OPEN && c.closesAt().isAfter(clock.instant()))
                .orElseThrow(() -> new ResourceNotFound("open call", id));
        return PublicCallView.of(call, programmeNames(List.of(call)).get(call.programmeId()));
    }

    private Map<UUID, String> programmeNames(List<Call> open) {
        List<UUID> ids = open.stream().map(Call::programmeId).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return programmes.list("id in ?1", ids).stream().collect(Collectors.toMap(Programme::id, Programme::name,
                (a, b) -> a));
    }
}
