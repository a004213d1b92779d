package se.klossnet.call.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reviewers a coordinator puts on an application, by username. */
public record AssignmentRequest(
        @Schema(examples = "[\"kth-reviewer\"]")
        @NotEmpty @Size(max = 5) List<@NotBlank @Size(max = 100) String> reviewers) {
}
