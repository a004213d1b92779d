package se.klossnet.call.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import se.klossnet.call.application.Application;
import se.klossnet.call.application.ApplicationRepository;
import se.klossnet.call.call.Call;
import se.klossnet.call.call.CallRepository;
import se.klossnet.call.person.Pseudonyms;
import se.klossnet.platform.scope.InstitutionScope;

/** Ranks a call's applications by the mean weighted total of their scored reviews. */
@ApplicationScoped
public class CallRanking {

    private final CallRepository calls;
    private final ApplicationRepository applications;
    private final ReviewAssignmentRepository assignments;
    private final Pseudonyms pseudonyms;

    public CallRanking(CallRepository calls, ApplicationRepository applications, ReviewAssignmentRepository assignments,
                       Pseudonyms pseudonyms) {
        this.calls = calls;
        this.applications = applications;
        this.assignments = assignments;
        this.pseudonyms = pseudonyms;
    }

    public RankingView rank(String institution, UUID callId, int page, int size) {
        Call call = InstitutionScope.requireOwn(calls.findById(callId), institution, "call", callId);
        List<Application> standing = applications.standingIn(callId);
        Map<UUID, List<ReviewAssignment>> reviews = assignments.ofCall(callId).stream()
                .collect(Collectors.groupingBy(ReviewAssignment::applicationId));
        Map<String, String> names = pseudonyms.usernames(standing.stream().map(Application::applicantPseudonym).toList());

        List<RankingView.Entry> unranked = standing.stream().map(a -> {
            List<BigDecimal> totals = reviews.getOrDefault(a.id(), List.of()).stream()
                    .map(r -> r.weightedTotal(call.criteria())).filter(Objects::nonNull).toList();
            return new RankingView.Entry(null, a.id(), names.get(a.applicantPseudonym()), a.host().name(), a.status(),
                    a.requestedSek(), a.grantedSek(), totals.size(), call.reviewersPerApplication(), WeightedTotal.mean(totals));
        }).sorted(Comparator.comparing(RankingView.Entry::weightedTotal, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        List<RankingView.Entry> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            RankingView.Entry e = unranked.get(i);
            ranked.add(new RankingView.Entry(e.weightedTotal() == null ? null : i + 1, e.applicationId(), e.applicant(),
                    e.hostOrganisation(), e.status(), e.requestedSek(), e.grantedSek(), e.reviewsScored(),
                    e.reviewersPerApplication(), e.weightedTotal()));
        }
        BigDecimal granted = applications.grantedIn(callId);
        List<RankingView.Entry> pageItems = ranked.stream().skip((long) page * size).limit(size).toList();
        return new RankingView(callId, call.status(), call.budgetSek(), granted, call.budgetSek().subtract(granted),
                pageItems, page, size, ranked.size());
    }
}
