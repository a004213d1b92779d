package se.klossnet.call.call;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A call's title in Swedish and English. */
public record CallTitle(
        @Schema(examples = "PAUS 2027: lärare ut i samhället") @NotBlank @Size(max = 200) String sv,
        @Schema(examples = "PAUS 2027: teachers out in society") @NotBlank @Size(max = 200) String en) {
}
