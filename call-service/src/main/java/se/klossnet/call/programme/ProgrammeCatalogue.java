package se.klossnet.call.programme;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import se.klossnet.call.common.Sorting;
import se.klossnet.events.Direction;
import se.klossnet.events.FundingSource;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.outbox.Outbox;
import se.klossnet.platform.scope.InstitutionScope;
import se.klossnet.platform.problem.ValidationFailed;

/** Creating, revising and finding an institution's programmes. */
@ApplicationScoped
public class ProgrammeCatalogue {

    static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "name", "name", "budgetSek", "budgetSek");

    private final ProgrammeRepository programmes;
    private final Outbox outbox;
    private final Clock clock;

    public ProgrammeCatalogue(ProgrammeRepository programmes, Outbox outbox, Clock clock) {
        this.programmes = programmes;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ProgrammeView create(String institution, ProgrammeTerms terms) {
        Programme.Created created = Programme.create(institution, terms, clock.instant());
        programmes.persist(created.programme());
        outbox.record(institution, created.event());
        return ProgrammeView.of(created.programme());
    }

    @Transactional
    public ProgrammeView revise(String institution, UUID id, ProgrammeTerms terms) {
        if (terms.version() == null) {
            throw new ValidationFailed("version", "is required when revising; send the version you read");
        }
        Programme programme = find(institution, id);
        if (programme.version() != terms.version()) {
            throw new OptimisticLockException("programme " + id + " is at version " + programme.version());
        }
        programme.revise(terms);
        programmes.flush(); // a concurrent revision fails here with 409, not after the response is built
        return ProgrammeView.of(programme);
    }

    public ProgrammeView get(String institution, UUID id) {
        return ProgrammeView.of(find(institution, id));
    }

    public Page<ProgrammeView> search(String institution, Direction direction, FundingSource fundingSource, String text,
                                      String sort, int page, int size) {
        Sort order = Sorting.parse(sort, SORTABLE, "-createdAt");
        var query = programmes.search(institution, direction, fundingSource, text, order).page(page, size);
        return new Page<>(query.list().stream().map(ProgrammeView::of).toList(), page, size, query.count());
    }

    private Programme find(String institution, UUID id) {
        return InstitutionScope.requireOwn(programmes.findById(id), institution, "programme", id);
    }
}
