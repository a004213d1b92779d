package se.klossnet.followup.focusgroup;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A focus group as the coordinator records it.
 *
 * @param participantExchangeIds the exchanges whose participants took part (pseudonymous; no names)
 * @param otherParticipantCount  others present, e.g. host contacts, only counted
 * @param themes                 short theme labels, published with FocusGroupHeld; keep them free of names
 * @param notes                  the discussion; stays in this service
 * @param version                on a revision: the version the client read
 */
public record FocusGroupDraft(
        @NotBlank @Size(max = 100) String programmeId,
        @NotNull LocalDate heldOn,
        @NotBlank @Size(max = 200) String facilitator,
        @NotNull @Size(max = 100) List<@NotBlank @Size(max = 100) String> participantExchangeIds,
        @PositiveOrZero @Max(1000) Integer otherParticipantCount,
        @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 80) String> themes,
        @Size(max = 50_000) String notes,
        Long version) {
}
