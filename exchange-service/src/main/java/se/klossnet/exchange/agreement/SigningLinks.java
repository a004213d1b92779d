package se.klossnet.exchange.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.klossnet.exchange.exchange.Exchange;
import se.klossnet.exchange.exchange.ExchangeDirectory;
import se.klossnet.exchange.exchange.ExchangeStatus;
import se.klossnet.platform.problem.ResourceNotFound;
import se.klossnet.platform.problem.StateConflict;
import se.klossnet.platform.problem.ValidationFailed;

/**
 * Issues and resolves the links through which parties without an account sign. The token is 256 random bits;
 * only its SHA-256 is stored, and it is shown once, in the answer to the coordinator who issued it.
 */
@ApplicationScoped
public class SigningLinks {

    /** A new link: the token appears here and nowhere else. */
    public record Issued(SigningParty party, String token, String path, Instant expiresAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ExchangeDirectory directory;
    private final AgreementVersionRepository versions;
    private final SigningLinkRepository links;
    private final Clock clock;
    private final Duration validity;

    public SigningLinks(ExchangeDirectory directory, AgreementVersionRepository versions, SigningLinkRepository links,
                        Clock clock, @ConfigProperty(name = "kloss.agreement.link-validity", defaultValue = "P14D")
                        Duration validity) {
        this.directory = directory;
        this.versions = versions;
        this.links = links;
        this.clock = clock;
        this.validity = validity;
    }

    /** A new link for {@code party}; the party's earlier unused links stop working. */
    @Transactional
    public Issued issue(String institution, UUID exchangeId, SigningParty party) {
        if (party == SigningParty.HOME_INSTITUTION) {
            throw new ValidationFailed("party", "the home institution signs with a coordinator's account, not a link");
        }
        Exchange exchange = directory.require(institution, exchangeId);
        exchange.requireOpen();
        if (exchange.status() == ExchangeStatus.REGISTERED) {
            throw new StateConflict("the host department's manager has not approved exchange " + exchangeId + " yet");
        }
        boolean awaiting = versions.latest(exchangeId)
                .map(v -> v.status() == AgreementStatus.AWAITING_SIGNATURES).orElse(false);
        if (!awaiting) {
            throw new StateConflict("no agreement version of exchange " + exchangeId + " is waiting for signatures");
        }
        Instant now = clock.instant();
        links.open(exchangeId, party).forEach(l -> l.revoke(now));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        SigningLink link = SigningLink.issue(exchangeId, institution, party, AgreementDocument.sha256(token), now,
                now.plus(validity));
        links.persist(link);
        return new Issued(party, token, "/signing/" + token, link.expiresAt());
    }

    /** The link behind a token, whatever its state; an unknown token is a 404. */
    SigningLink resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new ResourceNotFound("signing link", "given");
        }
        return links.byTokenHash(AgreementDocument.sha256(token))
                .orElseThrow(() -> new ResourceNotFound("signing link", "given"));
    }
}
