package se.klossnet.events.followup;

import java.time.LocalDate;
import java.util.List;

public record FocusGroupHeld(String focusGroupId, String programmeId, LocalDate heldOn, int participantCount,
                             List<String> themes) implements FollowupEvent {
    @Override
    public String aggregateId() {
        return focusGroupId;
    }
}
