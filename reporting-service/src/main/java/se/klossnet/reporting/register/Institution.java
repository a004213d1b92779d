package se.klossnet.reporting.register;

/**
 * A member of the KLOSS-Net network.
 *
 * @param id         the short id the institution's topics carry, e.g. {@code kth}
 * @param regionCode the Swedish region (län) code of its seat, e.g. {@code 01} for Stockholm; null when unknown
 * @param origin     {@code seed} (shipped with the service) or {@code configuration} (added by configuration)
 */
public record Institution(String id, String nameSv, String nameEn, String regionCode, String origin) {
}
