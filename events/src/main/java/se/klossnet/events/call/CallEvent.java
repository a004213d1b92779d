package se.klossnet.events.call;

import se.klossnet.events.DomainEvent;

/** Events on {@code kloss.<institution>.call.v1}. */
public sealed interface CallEvent extends DomainEvent
        permits ProgrammeCreated, CallPublished, CallClosed, ApplicationSubmitted, ApplicationEndorsed,
        ApplicationWithdrawn, ApplicationGranted, ApplicationRejected {
}
