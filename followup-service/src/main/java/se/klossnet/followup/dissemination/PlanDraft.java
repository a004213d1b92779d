package se.klossnet.followup.dissemination;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;

/**
 * The dissemination plan of an exchange: the control questions' answers and how many activities of each type are
 * planned.
 *
 * @param version when the plan exists: the version the client read
 */
public record PlanDraft(
        @Valid ControlAnswers answers,
        Map<ActivityType, @NotNull @PositiveOrZero @Max(100) Integer> plannedActivities,
        Long version) {
}
