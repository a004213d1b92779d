package se.klossnet.call.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reviewer's declaration of conflict of interest.
 *
 * @param reason required with CONFLICT: why (it stays in this service)
 */
public record DeclarationRequest(
        @NotNull Conflict conflict,
        @Schema(examples = "I co-supervise a thesis with the host organisation.") @Size(max = 2000) String reason) {

    public enum Conflict {
        NONE,
        CONFLICT
    }
}
