package se.klossnet.call.call;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A call's description in Swedish and English. */
public record CallDescription(@NotBlank @Size(max = 10000) String sv, @NotBlank @Size(max = 10000) String en) {
}
