package se.klossnet.exchange.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The current version of an agreement, its signatures, and what came before. */
public record AgreementView(UUID exchangeId, int number, String template, AgreementStatus status,
                            LocalDate plannedStart, LocalDate plannedEnd, int extentPercent, AgreementTerms terms,
                            String document, String documentSha256, Instant createdAt, Instant signedAt,
                            List<SignatureView> signatures, Set<SigningParty> awaiting,
                            List<VersionSummary> versions) {

    public record SignatureView(SigningParty party, Signature.Method method, String signer, Instant signedAt,
                                String documentSha256) {
        static SignatureView of(Signature s) {
            return new SignatureView(s.party(), s.method(), s.signer(), s.signedAt(), s.documentSha256());
        }
    }

    public record VersionSummary(int number, AgreementStatus status, String documentSha256, Instant createdAt,
                                 Instant signedAt) {
        static VersionSummary of(AgreementVersion v) {
            return new VersionSummary(v.number(), v.status(), v.documentSha256(), v.createdAt(), v.signedAt());
        }
    }

    static AgreementView of(AgreementVersion v, List<Signature> signatures, List<AgreementVersion> all) {
        Set<SigningParty> awaiting = EnumSet.allOf(SigningParty.class);
        signatures.forEach(s -> awaiting.remove(s.party()));
        if (v.status() != AgreementStatus.AWAITING_SIGNATURES) {
            awaiting.clear();
        }
        return new AgreementView(v.exchangeId(), v.number(), v.template(), v.status(), v.plannedStart(),
                v.plannedEnd(), v.extentPercent(), v.terms(), v.document(), v.documentSha256(), v.createdAt(),
                v.signedAt(), signatures.stream().map(SignatureView::of).toList(), awaiting,
                all.stream().map(VersionSummary::of).toList());
    }
}
