package se.klossnet.call.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to one control question: free text, which stays in this service, and short topic codes, which travel
 * with the grant so that the network can count them.
 */
public record PlanAnswer(
        @NotBlank @Size(max = 4000) String text,
        @Schema(examples = "[\"course-module\"]")
        @Size(max = 10) List<@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}",
                message = "must be a lower-case code of letters, digits and -, at most 40 characters") String> topics) {

    List<String> topicsOrEmpty() {
        return topics == null ? List.of() : topics;
    }
}
