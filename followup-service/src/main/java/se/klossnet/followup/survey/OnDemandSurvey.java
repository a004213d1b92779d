package se.klossnet.followup.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A coordinator sends a questionnaire (its newest version) to one respondent of an exchange, now. */
public record OnDemandSurvey(@NotBlank @Size(max = 100) String exchangeId, @NotBlank @Size(max = 60) String templateKey) {
}
