package se.klossnet.call.endorsement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import se.klossnet.call.application.Application;
import se.klossnet.call.application.ApplicationAccess;
import se.klossnet.call.application.ApplicationQueries;
import se.klossnet.call.application.ApplicationRepository;
import se.klossnet.call.application.ApplicationView;
import se.klossnet.call.person.CallerPerson;
import se.klossnet.platform.outbox.Outbox;
import se.klossnet.platform.problem.AccessDenied;

/** A manager endorses or declines a submitted application of their institution. */
@ApplicationScoped
public class Endorsing {

    private final ApplicationAccess access;
    private final ApplicationRepository applications;
    private final ApplicationQueries queries;
    private final CallerPerson person;
    private final Outbox outbox;
    private final Clock clock;

    public Endorsing(ApplicationAccess access, ApplicationRepository applications, ApplicationQueries queries,
                     CallerPerson person, Outbox outbox, Clock clock) {
        this.access = access;
        this.applications = applications;
        this.queries = queries;
        this.person = person;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Records the verdict; an endorsement emits ApplicationEndorsed, a refusal (no event type for it) nothing. */
    @Transactional
    public ApplicationView answer(String institution, UUID applicationId, EndorsementRequest request) {
        Application application = access.readable(institution, applicationId);
        String manager = person.pseudonym();
        if (manager.equals(application.applicantPseudonym())) {
            throw new AccessDenied("a manager cannot endorse their own application");
        }
        if (request.verdict() == EndorsementRequest.Verdict.ENDORSE) {
            outbox.record(institution, application.endorse(manager, request.comment(), clock.instant()));
        } else {
            application.declineEndorsement(manager, request.comment(), clock.instant());
        }
        applications.flush();
        return queries.view(application);
    }
}
