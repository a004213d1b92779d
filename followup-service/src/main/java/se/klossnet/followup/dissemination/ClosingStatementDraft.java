package se.klossnet.followup.dissemination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** How the work lives on now that the grant has ended. */
public record ClosingStatementDraft(@NotBlank @Size(max = 4_000) String text, Long version) {
}
