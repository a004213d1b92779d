package se.klossnet.followup.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import se.klossnet.events.followup.RespondentRole;

/**
 * A sent (or scheduled) survey. The link itself is never shown here: its token is only known when issued.
 *
 * @param remindersSent how many reminders are due so far; institution systems deliver them (filter remindedSince)
 */
public record DistributionView(UUID id, String exchangeId, SurveyRound round, RespondentRole respondentRole,
                               String templateKey, UUID templateId, DistributionStatus status, LocalDate opensOn,
                               Instant openedAt, boolean answersByLink, Instant linkIssuedAt, Instant linkExpiresAt,
                               boolean linkUsed, int remindersSent, Instant lastRemindedAt, Instant answeredAt,
                               Instant withdrawnAt, Instant createdAt, long version) {

    static DistributionView of(SurveyDistribution d) {
        return new DistributionView(d.id(), d.exchangeId(), d.round(), d.respondentRole(), d.templateKey(),
                d.templateId(), d.status(), d.opensOn(), d.openedAt(), d.answersByLink(), d.linkIssuedAt(),
                d.linkExpiresAt(), d.linkUsedAt() != null, d.remindersSent(), d.lastRemindedAt(), d.answeredAt(),
                d.withdrawnAt(), d.createdAt(), d.version());
    }
}
