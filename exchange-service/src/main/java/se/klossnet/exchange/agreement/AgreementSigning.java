package se.klossnet.exchange.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.klossnet.exchange.access.Caller;
import se.klossnet.exchange.exchange.Exchange;
import se.klossnet.exchange.exchange.ExchangeDirectory;
import se.klossnet.exchange.exchange.ExchangeJournal;
import se.klossnet.exchange.exchange.ExchangeStatus;
import se.klossnet.platform.problem.AccessDenied;
import se.klossnet.platform.problem.StateConflict;
import se.klossnet.platform.problem.ValidationFailed;
import se.klossnet.platform.scope.Roles;

/**
 * Signing. A signature counts only for the version waiting for signatures and only with that version's hash;
 * when the third party has signed, the version is SIGNED and the exchange records AgreementSigned.
 */
@ApplicationScoped
public class AgreementSigning {

    /** What a link shows before signing: the text and its hash, never the other parties' details. */
    public record LinkDocument(SigningParty party, int agreementVersion, String document, String documentSha256,
                               Instant expiresAt) {
    }

    private final ExchangeDirectory directory;
    private final AgreementVersionRepository versions;
    private final SignatureRepository signatures;
    private final SigningLinks links;
    private final AgreementDrafting drafting;
    private final ExchangeJournal journal;
    private final Clock clock;

    public AgreementSigning(ExchangeDirectory directory, AgreementVersionRepository versions,
                            SignatureRepository signatures, SigningLinks links, AgreementDrafting drafting,
                            ExchangeJournal journal, Clock clock) {
        this.directory = directory;
        this.versions = versions;
        this.signatures = signatures;
        this.links = links;
        this.drafting = drafting;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    public AgreementView signWithAccount(Caller caller, UUID exchangeId, AgreementRequests.AccountSignature request) {
        Exchange visible = directory.readable(caller, exchangeId);
        switch (request.party()) {
            case PARTICIPANT -> {
                if (!caller.has(Roles.STAFF) || !caller.username().equals(visible.participantAccount())) {
                    throw new AccessDenied("only the participant's own staff account signs as participant");
                }
            }
            case HOME_INSTITUTION -> {
                if (!caller.has(Roles.COORDINATOR)) {
                    throw new AccessDenied("the home institution signs through a coordinator");
                }
            }
            case HOST_CONTACT -> throw new ValidationFailed("party", "the host contact signs through their link");
        }
        Exchange exchange = directory.locked(caller.institution(), exchangeId);
        AgreementVersion version = sign(exchange, request.party(), Signature.Method.ACCOUNT, caller.username(),
                request.agreementVersion(), request.documentSha256());
        return drafting.view(version);
    }

    /** The document behind a link, for the signer to read. Reading does not use the link up. */
    @Transactional
    public LinkDocument show(String token) {
        SigningLink link = links.resolve(token);
        link.requireUsable(clock.instant());
        AgreementVersion current = versions.latest(link.exchangeId())
                .orElseThrow(() -> new StateConflict("no agreement has been drafted yet"));
        return new LinkDocument(link.party(), current.number(), current.document(), current.documentSha256(),
                link.expiresAt());
    }

    @Transactional
    public LinkDocument signWithLink(String token, AgreementRequests.LinkSignature request) {
        SigningLink link = links.resolve(token);
        Instant now = clock.instant();
        link.requireUsable(now);
        Exchange exchange = directory.locked(link.institution(), link.exchangeId());
        AgreementVersion current = versions.latest(exchange.id())
                .orElseThrow(() -> new StateConflict("no agreement has been drafted yet"));
        AgreementVersion signed = sign(exchange, link.party(), Signature.Method.LINK, request.signerName().strip(),
                current.number(), request.documentSha256());
        link.use(now);
        return new LinkDocument(link.party(), signed.number(), signed.document(), signed.documentSha256(),
                link.expiresAt());
    }

    private AgreementVersion sign(Exchange exchange, SigningParty party, Signature.Method method, String signer,
                                  int number, String documentSha256) {
        exchange.requireOpen();
        if (exchange.status() == ExchangeStatus.REGISTERED) {
            throw new StateConflict("the host department's manager has not approved this exchange yet");
        }
        AgreementVersion current = versions.latest(exchange.id())
                .orElseThrow(() -> new StateConflict("no agreement has been drafted yet"));
        if (current.status() != AgreementStatus.AWAITING_SIGNATURES) {
            throw new StateConflict("agreement version " + current.number() + " is " + current.status()
                    + "; no version is waiting for signatures");
        }
        if (number != current.number()) {
            throw new StateConflict("agreement version " + number + " is not the one waiting for signatures ("
                    + current.number() + "); its signatures are void");
        }
        if (!current.documentSha256().equalsIgnoreCase(documentSha256)) {
            throw new StateConflict("the document hash does not match version " + current.number()
                    + ": the text you read is not the text to sign");
        }
        List<Signature> existing = signatures.of(current.id());
        if (existing.stream().anyMatch(s -> s.party() == party)) {
            throw new StateConflict(party + " has already signed version " + current.number());
        }
        Instant now = clock.instant();
        signatures.persist(Signature.of(current, party, method, signer, now));
        Set<SigningParty> signed = EnumSet.of(party);
        existing.forEach(s -> signed.add(s.party()));
        if (signed.containsAll(EnumSet.allOf(SigningParty.class))) {
            current.signedByAll(now);
            journal.record(exchange, exchange.agreementSigned(current.number(), current.documentSha256(),
                    current.plannedEnd()));
        }
        signatures.flush();
        return current;
    }
}
