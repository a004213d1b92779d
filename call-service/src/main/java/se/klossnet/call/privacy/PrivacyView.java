package se.klossnet.call.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A request's progress: which services have confirmed, and what it is waiting for.
 *
 * @param status IN_PROGRESS, COMPLETE (every service confirmed) or REFUSED (a service named a retention rule)
 */
public record PrivacyView(UUID id, String kind, String personPseudonym, String requestedBy, Instant requestedAt,
                          String status, List<Confirmation> confirmations, Set<String> waitingFor) {

    static PrivacyView of(PrivacyRequest request, List<Confirmation> confirmations) {
        Set<String> confirmed = confirmations.stream().map(Confirmation::service).collect(Collectors.toSet());
        Set<String> waiting = new TreeSet<>(request.expectedServices());
        waiting.removeAll(confirmed);
        String status = confirmations.stream().anyMatch(c -> "REFUSED".equals(c.outcome())) ? "REFUSED"
                : waiting.isEmpty() ? "COMPLETE" : "IN_PROGRESS";
        return new PrivacyView(request.id(), request.kind().name(), request.personPseudonym(), request.requestedBy(),
                request.requestedAt(), status, confirmations, waiting);
    }
}
