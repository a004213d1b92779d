package se.klossnet.call.application;

import java.util.Optional;

/**
 * A Swedish organisationsnummer: 10 digits whose last is a Luhn check digit, and whose third digit is at least 2.
 * The third-digit rule keeps out personnummer (a sole trader's "organisation number" is the owner's personnummer),
 * which must never reach an event.
 */
final class OrganisationNumber {

    private OrganisationNumber() {
    }

    /** 10 digits, without hyphen or the {@code 16} century prefix; null for null. */
    static String normalise(String number) {
        if (number == null) {
            return null;
        }
        String digits = number.replace("-", "");
        return digits.length() == 12 && digits.startsWith("16") ? digits.substring(2) : digits;
    }

    /** Why the number is not a valid organisationsnummer, or empty when it is. */
    static Optional<String> problemWith(String number) {
        String digits = normalise(number);
        if (digits == null || !digits.matches("\\d{10}")) {
            return Optional.of("must be 10 digits");
        }
        if (digits.charAt(2) < '2') {
            return Optional.of("is not an organisationsnummer (its third digit is below 2, as in a personnummer)");
        }
        if (!luhnValid(digits)) {
            return Optional.of("has a wrong check digit");
        }
        return Optional.empty();
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int value = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += value > 9 ? value - 9 : value;
        }
        return (10 - sum % 10) % 10 == digits.charAt(9) - '0';
    }
}
