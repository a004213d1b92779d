package se.klossnet.followup.focusgroup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record FocusGroupView(UUID id, String institution, String programmeId, LocalDate heldOn, String facilitator,
                             List<String> participantExchangeIds, int otherParticipantCount, int participantCount,
                             List<String> themes, String notes, Instant createdAt, long version) {

    static FocusGroupView of(FocusGroup g) {
        return new FocusGroupView(g.id(), g.institution(), g.programmeId(), g.heldOn(), g.facilitator(),
                g.participantExchangeIds(), g.otherParticipantCount(), g.participantCount(), g.themes(), g.notes(),
                g.createdAt(), g.version());
    }
}
