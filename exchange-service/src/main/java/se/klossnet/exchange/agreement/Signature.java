package se.klossnet.exchange.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Who signed which version, when, and the hash of the text they signed. */
@Entity
@Table(name = "agreement_signature")
public class Signature {

    /** How the signer proved who they are. */
    public enum Method {
        ACCOUNT,
        LINK
    }

    @Id
    private UUID id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private UUID agreementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SigningParty party;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Method method;

    @Column(nullable = false, updatable = false)
    private String signer;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(name = "document_sha256", nullable = false, updatable = false)
    private String documentSha256;

    protected Signature() {
        // for JPA
    }

    static Signature of(AgreementVersion version, SigningParty party, Method method, String signer, Instant now) {
        Signature s = new Signature();
        s.id = UUID.randomUUID();
        s.agreementId = version.id();
        s.party = party;
        s.method = method;
        s.signer = signer;
        s.signedAt = now;
        s.documentSha256 = version.documentSha256();
        return s;
    }

    public UUID agreementId() {
        return agreementId;
    }

    public SigningParty party() {
        return party;
    }

    public Method method() {
        return method;
    }

    public String signer() {
        return signer;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public String documentSha256() {
        return documentSha256;
    }
}
