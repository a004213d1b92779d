package se.klossnet.exchange.agreement;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The request bodies of the agreement endpoints. */
public final class AgreementRequests {

    private AgreementRequests() {
    }

    /**
     * New terms for an exchange's agreement; each call makes a new version and voids the signatures of a version
     * that was still waiting.
     *
     * @param participantAccount the participant's staff account, when they sign with it; without one they sign
     *                           through a link
     * @param version            the exchange version the client read
     */
    public record Terms(@Size(max = 100) String participantAccount,
                        @Size(max = 200) String participantName,
                        @NotBlank @Size(max = 200) String hostContactName,
                        @NotBlank @Email @Size(max = 254) String hostContactEmail,
                        @NotNull Confidentiality confidentiality,
                        @NotNull IntellectualProperty intellectualProperty,
                        @NotNull Insurance insurance,
                        @Size(max = 2000) String costSharing,
                        @NotNull Long version) {

        AgreementTerms toTerms() {
            return new AgreementTerms(blankToNull(participantAccount), blankToNull(participantName),
                    hostContactName.strip(), hostContactEmail.strip(), confidentiality, intellectualProperty,
                    insurance, blankToNull(costSharing));
        }
    }

    /** An amendment that moves the end date; it takes effect when all three parties have signed it. */
    public record Extension(@NotNull LocalDate newEnd, @NotNull Long version) {
    }

    /** A signature with an account: which party, which version, and the hash of the text the signer read. */
    public record AccountSignature(@NotNull SigningParty party, @NotNull Integer agreementVersion,
                                   @NotNull @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be a SHA-256 in hex")
                                   String documentSha256) {
    }

    /** A signature through a link: the hash of the text shown, and the signer's name as they type it. */
    public record LinkSignature(@NotNull @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be a SHA-256 in hex")
                                String documentSha256,
                                @NotBlank @Size(max = 200) String signerName) {
    }

    /** Which party a new link is for. */
    public record LinkRequest(@NotNull SigningParty party) {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
