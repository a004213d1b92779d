package se.klossnet.call.application;

/**
 * One broken eligibility rule.
 *
 * @param field the application field to correct, as a JSON path (e.g. {@code host.organisationNumber})
 */
public record Violation(EligibilityCode code, String field, String message) {
}
