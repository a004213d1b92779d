package se.klossnet.call.endorsement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A manager's answer to an application from their staff. */
public record EndorsementRequest(
        @NotNull Verdict verdict,
        @Schema(examples = "Fits our teaching development plan; the department covers the remaining 80 %.")
        @NotBlank @Size(max = 2000) String comment) {

    public enum Verdict {
        ENDORSE,
        DECLINE
    }
}
