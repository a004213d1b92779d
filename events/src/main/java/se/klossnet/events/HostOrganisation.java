package se.klossnet.events;

import jakarta.annotation.Nullable;

/**
 * What the network may know of a host organisation. Organisations are not people, so their
 * organisationsnummer may travel; a contact person's name never does.
 *
 * @param sector             the host's sector
 * @param country            ISO 3166-1 alpha-2, e.g. {@code SE}
 * @param organisationNumber Swedish organisationsnummer (10 digits), or null for a foreign host
 * @param region             Swedish region (län) code or a foreign region, null when unknown
 */
public record HostOrganisation(HostSector sector, String country, @Nullable String organisationNumber,
                               @Nullable String region) {
}
