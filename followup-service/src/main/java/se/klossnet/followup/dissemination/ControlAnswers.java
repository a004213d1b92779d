package se.klossnet.followup.dissemination;

import jakarta.validation.constraints.Size;

/**
 * The answers to the dissemination plan's six control questions (seed 004). Free text; stays in this service.
 *
 * @param expectedResult        the expected end result
 * @param learningNeeds         which learning needs it answers
 * @param usersAndRecipients    who the users and final recipients are
 * @param spreadingActivities   which activities will spread the results and secure their use
 * @param timePlanAndResources  the time plan, funds and resources
 * @param livesOnWithoutGrant   how the work is meant to live on without the grant
 */
public record ControlAnswers(
        @Size(max = 4_000) String expectedResult,
        @Size(max = 4_000) String learningNeeds,
        @Size(max = 4_000) String usersAndRecipients,
        @Size(max = 4_000) String spreadingActivities,
        @Size(max = 4_000) String timePlanAndResources,
        @Size(max = 4_000) String livesOnWithoutGrant) {
}
