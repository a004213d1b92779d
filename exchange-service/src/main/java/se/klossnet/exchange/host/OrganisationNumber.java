package se.klossnet.exchange.host;

import java.util.Optional;

/**
 * A Swedish organisationsnummer: ten digits whose last is a Luhn check digit, written {@code NNNNNN-NNNN} or
 * without the hyphen. Normalised to ten digits, so that "556016-0680" and "5560160680" are the same organisation.
 */
public final class OrganisationNumber {

    private OrganisationNumber() {
    }

    /** The ten digits of a valid number, or empty when {@code text} is not one. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.strip().replace("-", "");
        if (!digits.matches("\\d{10}") || !luhnValid(digits)) {
            return Optional.empty();
        }
        return Optional.of(digits);
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
