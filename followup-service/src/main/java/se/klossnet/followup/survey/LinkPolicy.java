package se.klossnet.followup.survey;

import java.time.Instant;
import se.klossnet.platform.problem.ProblemException;

/**
 * When a response link works: it belongs to an open survey, it has not been used, and it has not expired. Each
 * refusal is its own problem type, so a host contact's page can tell them what happened.
 */
final class LinkPolicy {

    static final String USED = "link-used";
    static final String EXPIRED = "link-expired";
    static final String WITHDRAWN = "link-withdrawn";

    private LinkPolicy() {
    }

    /** @throws ProblemException 404 for an unknown link, 410 for a used, withdrawn or expired one */
    static SurveyDistribution requireUsable(SurveyDistribution distribution, Instant now) {
        if (distribution == null) {
            throw new ProblemException(404, "not-found", "Not found", "this survey link is not valid");
        }
        if (distribution.linkUsedAt() != null || distribution.status() == DistributionStatus.ANSWERED) {
            throw new ProblemException(410, USED, "Link already used", "this survey has already been answered");
        }
        if (distribution.status() == DistributionStatus.WITHDRAWN) {
            throw new ProblemException(410, WITHDRAWN, "Survey withdrawn", "this survey was withdrawn");
        }
        if (distribution.linkExpiresAt() == null || !now.isBefore(distribution.linkExpiresAt())) {
            throw new ProblemException(410, EXPIRED, "Link expired",
                    "this survey link expired at " + distribution.linkExpiresAt() + "; ask the institution for a new one");
        }
        if (distribution.status() != DistributionStatus.OPEN) {
            throw new ProblemException(404, "not-found", "Not found", "this survey link is not valid");
        }
        return distribution;
    }
}
