package se.klossnet.call.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import se.klossnet.call.application.ApplicationStatus;
import se.klossnet.call.call.CallStatus;

/**
 * A call's applications ranked by weighted total (highest first; unscored last), with the budget still left.
 *
 * @param remainingSek the budget minus everything granted so far
 */
public record RankingView(UUID callId, CallStatus callStatus, BigDecimal budgetSek, BigDecimal grantedSek,
                          BigDecimal remainingSek, List<Entry> items, int page, int size, long total) {

    /**
     * @param rank          1 for the highest weighted total; null while no review is scored
     * @param weightedTotal the mean of the scored reviews' weighted totals, on the 1–5 scale
     */
    public record Entry(Integer rank, UUID applicationId, String applicant, String hostOrganisation,
                        ApplicationStatus status, BigDecimal requestedSek, BigDecimal grantedSek, int reviewsScored,
                        int reviewersPerApplication, BigDecimal weightedTotal) {
    }
}
