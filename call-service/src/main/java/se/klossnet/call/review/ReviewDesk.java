package se.klossnet.call.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.klossnet.call.application.Application;
import se.klossnet.call.application.ApplicationRepository;
import se.klossnet.call.call.Call;
import se.klossnet.call.call.CallRepository;
import se.klossnet.call.call.CallStatus;
import se.klossnet.call.call.CallTitle;
import se.klossnet.call.call.Criterion;
import se.klossnet.call.person.CallerPerson;
import se.klossnet.call.person.Pseudonyms;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.problem.ResourceNotFound;
import se.klossnet.platform.problem.StateConflict;
import se.klossnet.platform.problem.ValidationFailed;
import se.klossnet.platform.scope.InstitutionScope;

/** A reviewer's work: their assignments, the conflict-of-interest declaration, and scores. */
@ApplicationScoped
public class ReviewDesk {

    private final ReviewAssignmentRepository assignments;
    private final ApplicationRepository applications;
    private final CallRepository calls;
    private final CallerPerson person;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    public ReviewDesk(ReviewAssignmentRepository assignments, ApplicationRepository applications, CallRepository calls,
                      CallerPerson person, Pseudonyms pseudonyms, Clock clock) {
        this.assignments = assignments;
        this.applications = applications;
        this.calls = calls;
        this.person = person;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    public Page<ReviewView> mine(String institution, UUID callId, AssignmentStatus status, int page, int size) {
        String me = person.existingPseudonym().orElse("");
        var query = assignments.ofReviewer(institution, me, callId, status).page(page, size);
        return new Page<>(query.list().stream().map(this::view).toList(), page, size, query.count());
    }

    public ReviewView get(String institution, UUID id) {
        return view(mine(institution, id));
    }

    @Transactional
    public ReviewView declare(String institution, UUID id, DeclarationRequest request) {
        ReviewAssignment assignment = mine(institution, id);
        if (request.conflict() == DeclarationRequest.Conflict.CONFLICT) {
            if (request.reason() == null || request.reason().isBlank()) {
                throw new ValidationFailed("reason", "is required when declaring a conflict of interest");
            }
            assignment.declareConflict(request.reason(), clock.instant());
        } else {
            assignment.declareNoConflict(clock.instant());
        }
        assignments.flush();
        return view(assignment);
    }

    @Transactional
    public ReviewView score(String institution, UUID id, ScoresRequest request) {
        ReviewAssignment assignment = mine(institution, id);
        if (assignment.version() != request.version()) {
            throw new OptimisticLockException("review " + id + " is at version " + assignment.version());
        }
        assignment.requireMayScore();
        Call call = calls.findById(assignment.callId());
        Application application = applications.findById(assignment.applicationId());
        if (call.status() != CallStatus.CLOSED || !application.status().awaitsDecision()) {
            throw new StateConflict("scores are frozen: the application is " + application.status()
                    + " and the call " + call.status());
        }
        requireCovers(call.criteria(), request.scores());
        assignment.score(request.scores(), clock.instant());
        assignments.flush();
        return view(assignment);
    }

    private ReviewAssignment mine(String institution, UUID id) {
        ReviewAssignment assignment = InstitutionScope.requireOwn(assignments.findById(id), institution, "review", id);
        String me = person.existingPseudonym().orElse(null);
        if (!assignment.reviewerPseudonym().equals(me)) {
            throw new ResourceNotFound("review", id); // another reviewer's assignment does not exist for the caller
        }
        return assignment;
    }

    private static void requireCovers(List<Criterion> criteria, List<Score> scores) {
        Set<String> keys = criteria.stream().map(Criterion::key).collect(Collectors.toSet());
        Map<String, Long> given = scores.stream().collect(Collectors.groupingBy(Score::criterion, Collectors.counting()));
        List<String> missing = keys.stream().filter(k -> !given.containsKey(k)).sorted().toList();
        List<String> unknown = given.keySet().stream().filter(k -> !keys.contains(k)).sorted().toList();
        List<String> repeated = given.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
        if (!missing.isEmpty() || !unknown.isEmpty() || !repeated.isEmpty()) {
            throw new ValidationFailed("scores", "score every criterion of the call exactly once"
                    + (missing.isEmpty() ? "" : "; missing: " + missing)
                    + (unknown.isEmpty() ? "" : "; not criteria of the call: " + unknown)
                    + (repeated.isEmpty() ? "" : "; scored twice: " + repeated));
        }
    }

    private ReviewView view(ReviewAssignment assignment) {
        Call call = calls.findById(assignment.callId());
        Application application = applications.findById(assignment.applicationId());
        boolean cleared = assignment.status() == AssignmentStatus.CLEARED;
        String applicant = pseudonyms.usernames(List.of(application.applicantPseudonym())).get(application.applicantPseudonym());
        return new ReviewView(assignment.id(), assignment.applicationId(), assignment.callId(),
                new CallTitle(call.titleSv(), call.titleEn()), assignment.status(),
                new ReviewView.ConflictCheck(applicant, application.host().name()),
                cleared ? application.terms() : null, call.criteria(),
                assignment.scores(), assignment.weightedTotal(call.criteria()), assignment.assignedAt(),
                assignment.declaredAt(), assignment.version());
    }
}
