package se.klossnet.call.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.klossnet.events.HostSector;

/**
 * A member of a Knowledge Alliance consortium, besides the applicant's own institution.
 *
 * @param sector for type OTHER: PUBLIC or CIVIL_SOCIETY (required); HEIs are ACADEMIA and enterprises BUSINESS
 */
public record PartnerTerms(
        @Schema(examples = "Aalto University") @NotBlank @Size(max = 200) String name,
        @NotNull PartnerType type,
        @Schema(examples = "FI") @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code, e.g. FI")
        String country,
        @Pattern(regexp = "(16)?\\d{6}-?\\d{4}", message = "must be an organisationsnummer: 10 digits, e.g. 556036-0793")
        String organisationNumber,
        HostSector sector) {

    /** The sector the network counts this partner under. */
    HostSector effectiveSector() {
        return switch (type) {
            case HEI -> HostSector.ACADEMIA;
            case ENTERPRISE -> HostSector.BUSINESS;
            case OTHER -> sector;
        };
    }
}
