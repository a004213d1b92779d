package se.klossnet.exchange.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import se.klossnet.platform.problem.ProblemException;
import se.klossnet.platform.scope.InstitutionOwned;

/**
 * A single-use, expiring link for a party without an account. Only the SHA-256 of its random token is kept, so
 * the database alone cannot be used to sign.
 */
@Entity
@Table(name = "signing_link")
public class SigningLink implements InstitutionOwned {

    @Id
    private UUID id;

    @Column(name = "exchange_id", nullable = false, updatable = false)
    private UUID exchangeId;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SigningParty party;

    @Column(name = "token_sha256", nullable = false, updatable = false)
    private String tokenSha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected SigningLink() {
        // for JPA
    }

    static SigningLink issue(UUID exchangeId, String institution, SigningParty party, String tokenSha256,
                             Instant now, Instant expiresAt) {
        SigningLink link = new SigningLink();
        link.id = UUID.randomUUID();
        link.exchangeId = exchangeId;
        link.institution = institution;
        link.party = party;
        link.tokenSha256 = tokenSha256;
        link.createdAt = now;
        link.expiresAt = expiresAt;
        return link;
    }

    /** Refuses a link that was used, replaced by a newer one, or has expired (410 Gone: ask for a new link). */
    void requireUsable(Instant now) {
        if (usedAt != null) {
            throw gone("this signing link has already been used");
        }
        if (revokedAt != null) {
            throw gone("this signing link was replaced by a newer one");
        }
        if (!now.isBefore(expiresAt)) {
            throw gone("this signing link expired at " + expiresAt);
        }
    }

    void use(Instant now) {
        requireUsable(now);
        usedAt = now;
    }

    void revoke(Instant now) {
        if (usedAt == null && revokedAt == null) {
            revokedAt = now;
        }
    }

    private static ProblemException gone(String detail) {
        return new ProblemException(410, "link-gone", "Signing link no longer valid", detail
                + "; ask the coordinator for a new link");
    }

    public UUID exchangeId() {
        return exchangeId;
    }

    @Override
    public String institution() {
        return institution;
    }

    public SigningParty party() {
        return party;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
