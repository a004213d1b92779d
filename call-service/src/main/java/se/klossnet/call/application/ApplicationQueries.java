package se.klossnet.call.application;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.klossnet.call.common.Sorting;
import se.klossnet.call.person.CallerPerson;
import se.klossnet.call.person.Pseudonyms;
import se.klossnet.platform.api.Page;

/** Finding applications, within what the caller may see (see {@link ApplicationAccess}). */
@ApplicationScoped
public class ApplicationQueries {

    static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "submittedAt", "submittedAt",
            "requestedSek", "requestedSek", "status", "status");

    private final ApplicationRepository applications;
    private final ApplicationAccess access;
    private final CallerPerson person;
    private final Pseudonyms pseudonyms;

    public ApplicationQueries(ApplicationRepository applications, ApplicationAccess access, CallerPerson person,
                              Pseudonyms pseudonyms) {
        this.applications = applications;
        this.access = access;
        this.person = person;
        this.pseudonyms = pseudonyms;
    }

    public ApplicationView get(String institution, UUID id) {
        return view(access.readable(institution, id));
    }

    /** The view of an application the caller may see, with the applicant's username. */
    public ApplicationView view(Application application) {
        return ApplicationView.of(application,
                pseudonyms.usernames(List.of(application.applicantPseudonym())).get(application.applicantPseudonym()));
    }

    public Page<ApplicationView> search(String institution, ApplicationFilter filter, String sort, int page, int size) {
        Sort order = Sorting.parse(sort, SORTABLE, "-createdAt");
        String me = person.existingPseudonym().orElse(null);
        var query = applications.search(institution, me, access.overseer(), filter, order).page(page, size);
        List<Application> found = query.list();
        Map<String, String> names = pseudonyms.usernames(found.stream().map(Application::applicantPseudonym).distinct().toList());
        return new Page<>(found.stream().map(a -> ApplicationView.of(a, names.get(a.applicantPseudonym()))).toList(),
                page, size, query.count());
    }
}
