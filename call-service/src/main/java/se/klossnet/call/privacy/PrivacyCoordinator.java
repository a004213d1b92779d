package se.klossnet.call.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import se.klossnet.call.person.Pseudonyms;
import se.klossnet.events.privacy.PersonErasureRequested;
import se.klossnet.events.privacy.PersonExportRequested;
import se.klossnet.platform.outbox.Outbox;
import se.klossnet.platform.problem.ResourceNotFound;
import se.klossnet.platform.problem.RetentionRuleForbids;
import se.klossnet.platform.problem.StateConflict;
import se.klossnet.platform.problem.ValidationFailed;

/**
 * Coordinates access exports and erasures across the node over its privacy topic. Requests and confirmations
 * carry pseudonyms and counts only; export parts are fetched over REST when the document is read.
 */
@ApplicationScoped
public class PrivacyCoordinator {

    private static final Logger LOG = Logger.getLogger(PrivacyCoordinator.class);

    private final PrivacyRequests requests;
    private final PrivacyServices services;
    private final NodeServices node;
    private final CallPersonalData own;
    private final Pseudonyms register;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    public PrivacyCoordinator(PrivacyRequests requests, PrivacyServices services, NodeServices node,
                              CallPersonalData own, Pseudonyms register, Outbox outbox, ObjectMapper json,
                              Clock clock) {
        this.requests = requests;
        this.services = services;
        this.node = node;
        this.own = own;
        this.register = register;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public PrivacyView requestExport(String institution, String person, String requestedBy) {
        requireKnown(institution, person);
        PrivacyRequest request = new PrivacyRequest(UUID.randomUUID(), institution, PrivacyRequest.Kind.EXPORT, person,
                requestedBy, clock.instant(), services.expected());
        requests.insert(request);
        outbox.record(institution, new PersonExportRequested(request.id().toString(), person));
        LOG.infof("access export %s requested for %s by %s", request.id(), person, requestedBy);
        return view(request);
    }

    /**
     * Refuses at once, naming the rule, when any service of the node must keep the person's records. Called before
     * {@link #requestErasure}, outside a transaction, since it asks the other services over HTTP.
     */
    public void refuseIfHeld(String person, String token) {
        for (String service : services.byService().keySet()) {
            JsonNode holds = node.holds(service, person, token);
            if (holds.isArray() && !holds.isEmpty()) {
                JsonNode hold = holds.get(0);
                LOG.infof("erasure of %s refused: %s keeps it under rule %s", person, service,
                        hold.path("rule").asText());
                throw new RetentionRuleForbids(hold.path("rule").asText(),
                        service + " must keep this person's records: " + hold.path("detail").asText());
            }
        }
    }

    /**
     * Asks every service to erase. A service that finds a rule only now refuses on the topic, and the request's
     * status says so: nothing is ignored silently.
     */
    @Transactional
    public PrivacyView requestErasure(String institution, String person, String requestedBy) {
        requireKnown(institution, person);
        PrivacyRequest request = new PrivacyRequest(UUID.randomUUID(), institution, PrivacyRequest.Kind.ERASURE, person,
                requestedBy, clock.instant(), services.expected());
        requests.insert(request);
        outbox.record(institution, new PersonErasureRequested(request.id().toString(), person, requestedBy));
        LOG.infof("erasure %s requested for %s by %s", request.id(), person, requestedBy);
        return view(request);
    }

    @Transactional
    public void confirm(UUID requestId, Confirmation confirmation) {
        requests.confirm(requestId, confirmation);
    }

    /** The request as the caller may see it: a privacy officer of its institution, or whoever asked for it. */
    @Transactional
    public PrivacyRequest readable(UUID id, PrivacyRequest.Kind kind, String institution, String caller,
                                   boolean privacyOfficer) {
        PrivacyRequest request = requests.find(id).filter(r -> r.kind() == kind)
                .filter(r -> r.institution().equals(institution))
                .filter(r -> privacyOfficer || r.requestedBy().equals(caller))
                .orElseThrow(() -> new ResourceNotFound(kind == PrivacyRequest.Kind.EXPORT ? "export" : "erasure", id));
        return request;
    }

    @Transactional
    public PrivacyView view(PrivacyRequest request) {
        return PrivacyView.of(request, requests.confirmations(request.id()));
    }

    /** The whole export: this service's part, and every other service's part read over REST with the token. */
    @Transactional
    public ObjectNode document(PrivacyRequest request, String token) {
        PrivacyView view = view(request);
        if (!"COMPLETE".equals(view.status())) {
            throw new StateConflict("the export is not complete yet: waiting for " + view.waitingFor());
        }
        ObjectNode document = json.createObjectNode();
        document.put("requestId", request.id().toString());
        document.put("personPseudonym", request.personPseudonym());
        document.put("institution", request.institution());
        document.put("requestedAt", request.requestedAt().toString());
        document.put("generatedAt", clock.instant().toString());
        ObjectNode parts = document.putObject("services");
        parts.set(PrivacyServices.SELF, own.export(request.personPseudonym()).part());
        List<String> others = List.copyOf(services.byService().keySet());
        for (String service : others) {
            parts.set(service, node.part(service, request.id().toString(), token));
        }
        return document;
    }

    /** A person of the request's institution; another institution's person on a shared node is "not found". */
    private void requireKnown(String institution, String person) {
        if (person == null || !person.startsWith("psn-")) {
            throw new ValidationFailed("personPseudonym", "must be a pseudonym of this node (psn-...)");
        }
        if (!register.knownAt(institution, person)) {
            throw new ResourceNotFound("person", person);
        }
    }
}
