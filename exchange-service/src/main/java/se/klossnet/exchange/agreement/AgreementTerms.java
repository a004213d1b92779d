package se.klossnet.exchange.agreement;

/**
 * The negotiated terms of one agreement version, kept with it. Period and extent are kept in their own columns.
 *
 * @param participantAccount the staff account that signs as participant, or null when they sign through a link
 * @param costSharing        who pays what, beyond the budget, in the parties' own words; may be null
 */
public record AgreementTerms(String participantAccount, String participantName, String hostContactName,
                             String hostContactEmail, Confidentiality confidentiality,
                             IntellectualProperty intellectualProperty, Insurance insurance, String costSharing) {
}
