package se.klossnet.call.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.klossnet.call.application.Application;
import se.klossnet.call.application.ApplicationAccess;
import se.klossnet.call.call.Call;
import se.klossnet.call.call.CallRepository;
import se.klossnet.call.call.CallStatus;
import se.klossnet.call.person.Pseudonyms;
import se.klossnet.platform.problem.StateConflict;

/**
 * A coordinator puts reviewers on an application after the call's deadline. Reviewers are named by username; what
 * is stored is their pseudonym. Assigning does not change what the network knows, so it emits no event.
 */
@ApplicationScoped
public class ReviewerAssigning {

    private final ReviewAssignmentRepository assignments;
    private final ApplicationAccess access;
    private final CallRepository calls;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    public ReviewerAssigning(ReviewAssignmentRepository assignments, ApplicationAccess access, CallRepository calls,
                             Pseudonyms pseudonyms, Clock clock) {
        this.assignments = assignments;
        this.access = access;
        this.calls = calls;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    @Transactional
    public List<AssignmentView> assign(String institution, UUID applicationId, AssignmentRequest request) {
        Application application = access.readable(institution, applicationId);
        Call call = calls.lockedById(application.callId()).orElseThrow();
        if (call.status() != CallStatus.CLOSED) {
            throw new StateConflict("reviewers are assigned after the call's deadline, while it is CLOSED; it is " + call.status());
        }
        if (!application.isReviewable(call.endorsementRequired())) {
            throw new StateConflict("application " + applicationId + " is " + application.status()
                    + "; review starts on endorsed applications" + (call.endorsementRequired() ? "" : " or submitted ones"));
        }
        List<ReviewAssignment> existing = assignments.ofApplication(applicationId);
        long active = existing.stream().filter(ReviewAssignment::isActive).count();
        List<String> requested = request.reviewers().stream().map(String::strip).distinct().toList();
        if (active + requested.size() > call.reviewersPerApplication()) {
            throw new StateConflict("the call has " + call.reviewersPerApplication() + " reviewer(s) per application; "
                    + active + " already assigned and not conflicted");
        }
        Instant now = clock.instant();
        List<AssignmentView> added = new ArrayList<>();
        for (String username : requested) {
            String reviewer = pseudonyms.of(username, institution);
            if (reviewer.equals(application.applicantPseudonym())) {
                throw new StateConflict(username + " is the applicant and cannot review their own application");
            }
            if (existing.stream().anyMatch(a -> a.reviewerPseudonym().equals(reviewer))) {
                throw new StateConflict(username + " is already assigned to application " + applicationId);
            }
            ReviewAssignment assignment = ReviewAssignment.assign(institution, call.id(), applicationId, reviewer, now);
            assignments.persist(assignment);
            added.add(AssignmentView.of(assignment, username, null));
        }
        return added;
    }

    /** Every assignment of the application, with declarations and scores: the coordinator's overview. */
    public List<AssignmentView> of(String institution, UUID applicationId) {
        Application application = access.readable(institution, applicationId);
        Call call = calls.findById(application.callId());
        List<ReviewAssignment> all = assignments.ofApplication(applicationId);
        Map<String, String> names = pseudonyms.usernames(all.stream().map(ReviewAssignment::reviewerPseudonym).toList());
        return all.stream().map(a -> AssignmentView.of(a, names.get(a.reviewerPseudonym()), a.weightedTotal(call.criteria())))
                .toList();
    }
}
