package se.klossnet.followup.dissemination;

import java.time.LocalDate;
import java.util.List;

/**
 * Plan against done for one exchange.
 *
 * @param grantedPlanTopics the dissemination topics the granted application answered (from ApplicationGranted);
 *                          empty when the exchange came without an application or the grant has not been seen
 * @param activities        per activity type: how many were planned and how many are done
 * @param version           the plan's version for the next update; null while there is no plan
 */
public record DisseminationView(String exchangeId, List<String> grantedPlanTopics, ControlAnswers answers,
                                List<TypeProgress> activities, int plannedTotal, int doneTotal,
                                String closingStatement, LocalDate closingStatementOn, Long version) {

    /** @param done how many activities of this type were recorded */
    public record TypeProgress(ActivityType type, int planned, int done) {
    }
}
