package se.klossnet.events.followup;

import se.klossnet.events.DomainEvent;

/** Events on {@code kloss.<institution>.followup.v1}. Free text stays in the followup-service. */
public sealed interface FollowupEvent extends DomainEvent
        permits LogbookEntryAdded, SurveyResponded, FocusGroupHeld, OutcomeReported, DisseminationReported {
}
