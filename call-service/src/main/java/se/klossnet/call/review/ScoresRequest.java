package se.klossnet.call.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A reviewer's scores: one per criterion of the call, each with a comment.
 *
 * @param version the assignment's version the reviewer read; a stale one gets 409
 */
public record ScoresRequest(@NotNull @Size(min = 1, max = 12) List<@NotNull @Valid Score> scores, @NotNull Long version) {
}
