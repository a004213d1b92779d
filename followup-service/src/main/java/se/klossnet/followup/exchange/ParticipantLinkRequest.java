package se.klossnet.followup.exchange;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A coordinator links a participant's account to an exchange.
 *
 * @param username the participant's login name (the token's preferred_username); it stays in this service's
 *                 pseudonym table and is never published
 * @param version  when re-linking: the version of the link the client read
 */
public record ParticipantLinkRequest(@NotBlank @Size(max = 200) String username, Long version) {
}
