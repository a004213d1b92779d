package se.klossnet.followup.logbook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What the participant writes. The text never leaves this service.
 *
 * @param shared  whether the coordinator may read the text and tags (default: private)
 * @param version on a revision: the version the client read
 */
public record EntryDraft(
        @NotNull LocalDate writtenOn,
        @NotBlank @Size(max = 20_000) String text,
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> tags,
        Boolean shared,
        Long version) {
}
