package se.klossnet.events;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.klossnet.events.call.ApplicationEndorsed;
import se.klossnet.events.call.ApplicationGranted;
import se.klossnet.events.call.ApplicationRejected;
import se.klossnet.events.call.ApplicationSubmitted;
import se.klossnet.events.call.ApplicationWithdrawn;
import se.klossnet.events.call.CallClosed;
import se.klossnet.events.call.CallEvent;
import se.klossnet.events.call.CallPublished;
import se.klossnet.events.call.ProgrammeCreated;
import se.klossnet.events.exchange.AgreementSigned;
import se.klossnet.events.exchange.CostRecorded;
import se.klossnet.events.exchange.ExchangeEvent;
import se.klossnet.events.exchange.ExchangeCancelled;
import se.klossnet.events.exchange.ExchangeCompleted;
import se.klossnet.events.exchange.ExchangeExtended;
import se.klossnet.events.exchange.ExchangePlanned;
import se.klossnet.events.exchange.ExchangeStarted;
import se.klossnet.events.followup.DisseminationReported;
import se.klossnet.events.followup.FocusGroupHeld;
import se.klossnet.events.followup.FollowupEvent;
import se.klossnet.events.followup.LogbookEntryAdded;
import se.klossnet.events.followup.OutcomeReported;
import se.klossnet.events.followup.SurveyResponded;
import se.klossnet.events.privacy.PersonErasureCompleted;
import se.klossnet.events.privacy.PersonErasureRefused;
import se.klossnet.events.privacy.PersonErasureRequested;
import se.klossnet.events.privacy.PersonExportPartReady;
import se.klossnet.events.privacy.PersonExportRequested;
import se.klossnet.events.privacy.PrivacyEvent;

/**
 * Every event type of the network. Adding a record to a sealed interface without listing it here fails
 * {@code EventCatalogTest}; changing a record without regenerating the contract fails {@code ContractUpToDateTest},
 * and the regeneration refuses to change a published schema: bump the entry's version, e.g.
 * {@code call(ApplicationGranted.class, 2)}.
 */
public final class EventCatalog {

    private static final List<EventType> ALL = List.of(
            call(ProgrammeCreated.class), call(CallPublished.class), call(CallClosed.class),
            call(ApplicationSubmitted.class), call(ApplicationEndorsed.class), call(ApplicationWithdrawn.class),
            call(ApplicationGranted.class), call(ApplicationRejected.class),
            exchange(ExchangePlanned.class), exchange(AgreementSigned.class), exchange(ExchangeStarted.class),
            exchange(ExchangeExtended.class), exchange(ExchangeCompleted.class), exchange(ExchangeCancelled.class),
            exchange(CostRecorded.class),
            followup(LogbookEntryAdded.class), followup(SurveyResponded.class), followup(FocusGroupHeld.class),
            followup(OutcomeReported.class), followup(DisseminationReported.class),
            privacy(PersonExportRequested.class), privacy(PersonExportPartReady.class),
            privacy(PersonErasureRequested.class), privacy(PersonErasureCompleted.class),
            privacy(PersonErasureRefused.class));

    private static final Map<Class<?>, EventType> BY_CLASS = ALL.stream()
            .collect(Collectors.toMap(EventType::recordClass, Function.identity()));
    private static final Map<String, EventType> BY_CLOUD_EVENT_TYPE = ALL.stream()
            .collect(Collectors.toMap(EventType::cloudEventType, Function.identity(), (a, b) -> a, LinkedHashMap::new));

    private EventCatalog() {
    }

    public static Collection<EventType> all() {
        return ALL;
    }

    public static List<EventType> of(EventDomain domain) {
        return ALL.stream().filter(t -> t.domain() == domain).toList();
    }

    public static EventType typeOf(DomainEvent event) {
        return typeOf(event.getClass());
    }

    public static EventType typeOf(Class<?> recordClass) {
        EventType type = BY_CLASS.get(recordClass);
        if (type == null) {
            throw new IllegalArgumentException(recordClass.getName() + " is not in the event catalogue");
        }
        return type;
    }

    public static Optional<EventType> byCloudEventType(String cloudEventType) {
        return Optional.ofNullable(BY_CLOUD_EVENT_TYPE.get(cloudEventType));
    }

    private static EventType call(Class<? extends CallEvent> c) {
        return call(c, 1);
    }

    private static EventType call(Class<? extends CallEvent> c, int schemaVersion) {
        return new EventType(c.getSimpleName(), c, EventDomain.CALL, schemaVersion);
    }

    private static EventType exchange(Class<? extends ExchangeEvent> c) {
        return exchange(c, 1);
    }

    private static EventType exchange(Class<? extends ExchangeEvent> c, int schemaVersion) {
        return new EventType(c.getSimpleName(), c, EventDomain.EXCHANGE, schemaVersion);
    }

    private static EventType followup(Class<? extends FollowupEvent> c) {
        return followup(c, 1);
    }

    private static EventType followup(Class<? extends FollowupEvent> c, int schemaVersion) {
        return new EventType(c.getSimpleName(), c, EventDomain.FOLLOWUP, schemaVersion);
    }

    private static EventType privacy(Class<? extends PrivacyEvent> c) {
        return new EventType(c.getSimpleName(), c, EventDomain.PRIVACY, 1);
    }
}
