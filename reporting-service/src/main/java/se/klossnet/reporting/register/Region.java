package se.klossnet.reporting.register;

/** A Swedish region (län) by its official two-digit code, e.g. {@code 12} Skåne län. */
public record Region(String code, String nameSv, String nameEn) {
}
