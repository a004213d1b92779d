package se.klossnet.call.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.klossnet.events.HostSector;

/**
 * The host organisation. A Swedish host (country SE) is identified by its organisationsnummer, a foreign one by a
 * foreign id; whether the number's check digit is right is an eligibility rule, so that a draft can be saved first.
 */
public record HostTerms(
        @Schema(examples = "Saab AB") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "556036-0793")
        @Pattern(regexp = "(16)?\\d{6}-?\\d{4}", message = "must be an organisationsnummer: 10 digits, e.g. 556036-0793")
        String organisationNumber,
        @Schema(examples = "DE 123456789") @Size(max = 64) String foreignId,
        @NotNull HostSector sector,
        @Schema(examples = "SE") @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code, e.g. SE")
        String country,
        @Schema(description = "Swedish län code or a foreign region", examples = "01") @Size(max = 64) String region) {

    /** The number as 10 digits, without hyphen or century prefix; null when none. */
    String normalisedOrganisationNumber() {
        return OrganisationNumber.normalise(organisationNumber);
    }
}
