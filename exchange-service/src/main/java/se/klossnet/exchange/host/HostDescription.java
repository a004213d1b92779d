package se.klossnet.exchange.host;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.klossnet.events.HostSector;

/**
 * A host organisation as a client describes it. A Swedish host ({@code country} SE) needs a valid
 * organisationsnummer; a foreign one may go without.
 *
 * @param region Swedish län code (e.g. {@code 01} for Stockholm) or a foreign region
 */
public record HostDescription(
        @Size(max = 11) String organisationNumber,
        @Size(max = 300) String name,
        @NotNull HostSector sector,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as SE") String country,
        @Size(max = 40) String region) {
}
