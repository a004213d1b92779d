package se.klossnet.call.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An application as its applicant, their managers and coordinators see it.
 *
 * @param applicant   the applicant's username, for people inside this service; events carry the pseudonym only
 * @param months      the planned period in whole months (a started month counts)
 * @param endorsement the manager's endorsement, or null before it
 * @param decision    the coordinator's decision, or null before it
 */
public record ApplicationView(UUID id, String institution, UUID callId, UUID programmeId, String applicantPseudonym,
                              String applicant, ApplicationStatus status, ApplicationTerms content, int months,
                              BigDecimal requestedSek, Endorsement endorsement, Decision decision, Instant createdAt,
                              Instant submittedAt, Instant withdrawnAt, long version) {

    public record Endorsement(boolean endorsed, String comment, Instant at) {
    }

    public record Decision(boolean granted, BigDecimal grantedSek, String motivation, Instant at) {
    }

    public static ApplicationView of(Application a, String applicantUsername) {
        ApplicationTerms content = a.terms();
        Endorsement endorsement = a.endorsed() == null ? null
                : new Endorsement(a.endorsed(), a.endorsementComment(), a.endorsementAt());
        Decision decision = a.decidedAt() == null ? null
                : new Decision(a.status() == ApplicationStatus.GRANTED, a.grantedSek(), a.decisionMotivation(), a.decidedAt());
        return new ApplicationView(a.id(), a.institution(), a.callId(), a.programmeId(), a.applicantPseudonym(),
                applicantUsername, a.status(), content, content.months(), a.requestedSek(), endorsement, decision,
                a.createdAt(), a.submittedAt(), a.withdrawnAt(), a.version());
    }
}
