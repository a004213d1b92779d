package se.klossnet.followup.dissemination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record ActivityView(UUID id, String exchangeId, ActivityType type, String audience, LocalDate heldOn,
                           String description, Instant createdAt) {

    static ActivityView of(DisseminationActivity a) {
        return new ActivityView(a.id(), a.exchangeId(), a.type(), a.audience(), a.heldOn(), a.description(),
                a.createdAt());
    }
}
