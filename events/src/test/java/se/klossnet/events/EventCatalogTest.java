package se.klossnet.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import se.klossnet.events.call.CallEvent;
import se.klossnet.events.exchange.ExchangeEvent;
import se.klossnet.events.followup.FollowupEvent;

class EventCatalogTest {

    private static final Map<EventDomain, Class<?>> SEALED_ROOTS = Map.of(
            EventDomain.CALL, CallEvent.class,
            EventDomain.EXCHANGE, ExchangeEvent.class,
            EventDomain.FOLLOWUP, FollowupEvent.class,
            EventDomain.PRIVACY, se.klossnet.events.privacy.PrivacyEvent.class);

    @ParameterizedTest
    @EnumSource(EventDomain.class)
    void everyRecordPermittedByADomainsSealedInterfaceIsCataloguedUnderThatDomain(EventDomain domain) {
        List<Class<?>> permitted = permittedBy(domain);

        assertThat(permitted).isNotEmpty();
        assertThat(EventCatalog.of(domain)).<Class<?>>extracting(EventType::recordClass)
                .containsExactlyInAnyOrderElementsOf(permitted);
        permitted.forEach(c -> assertThat(EventCatalog.typeOf(c).domain()).as(c.getSimpleName()).isEqualTo(domain));
    }

    @Test
    void catalogueListsNothingButThePermittedRecords() {
        List<Class<?>> allPermitted = Arrays.stream(EventDomain.values()).flatMap(d -> permittedBy(d).stream()).toList();

        assertThat(EventCatalog.all()).<Class<?>>extracting(EventType::recordClass)
                .containsExactlyInAnyOrderElementsOf(allPermitted);
        assertThat(SEALED_ROOTS.keySet()).containsExactlyInAnyOrder(EventDomain.values());
    }

    @Test
    void everyEntryIsARecordNamedAfterItsClassWithAPositiveSchemaVersion() {
        assertThat(EventCatalog.all()).allSatisfy(type -> {
            assertThat(type.recordClass().isRecord()).as(type.name()).isTrue();
            assertThat(type.name()).isEqualTo(type.recordClass().getSimpleName());
            assertThat(type.schemaVersion()).isPositive();
        });
    }

    @Test
    void cloudEventTypesAreUniqueAndLeadBackToTheirEntry() {
        assertThat(EventCatalog.all()).extracting(EventType::cloudEventType).doesNotHaveDuplicates();
        assertThat(EventCatalog.all()).allSatisfy(type ->
                assertThat(EventCatalog.byCloudEventType(type.cloudEventType())).contains(type));
        assertThat(EventCatalog.byCloudEventType("se.klossnet.call.ProgrammeRenamed")).isEmpty();
    }

    @Test
    void classOutsideTheCatalogueIsRefused() {
        assertThatThrownBy(() -> EventCatalog.typeOf(HostOrganisation.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not in the event catalogue");
    }

    private static List<Class<?>> permittedBy(EventDomain domain) {
        Class<?>[] permitted = SEALED_ROOTS.get(domain).getPermittedSubclasses();
        return permitted == null ? List.of() : List.of(permitted);
    }

    @Nested
    class TopicNames {

        @ParameterizedTest
        @ValueSource(strings = {"kth", "mau", "lu", "sh", "gu2", "abcdefghijklmnop"})
        void shortLowerCaseInstitutionIdsAreValid(String institution) {
            assertThat(Topics.requireInstitutionId(institution)).isEqualTo(institution);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"k", "KTH", "Kth", "kth.se", "kth-x", "kth_x", "2kth", " kth", "kth ", "abcdefghijklmnopq",
                "kth.call"})
        void otherInstitutionIdsAreRefusedBecauseTheyWouldBreakTheTopicName(String institution) {
            assertThatThrownBy(() -> Topics.of(institution, EventDomain.CALL))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("institution id must match");
        }

        @Test
        void topicNamesFollowKlossInstitutionDomainV1() {
            assertThat(Topics.of("kth", EventDomain.CALL)).isEqualTo("kloss.kth.call.v1");
            assertThat(Topics.of("mau", EventDomain.EXCHANGE)).isEqualTo("kloss.mau.exchange.v1");
            assertThat(Topics.of("lu", EventDomain.FOLLOWUP)).isEqualTo("kloss.lu.followup.v1");
        }

        @Test
        void deadLetterTopicAppendsDlq() {
            assertThat(Topics.deadLetterOf(Topics.of("sh", EventDomain.EXCHANGE))).isEqualTo("kloss.sh.exchange.v1.dlq");
        }

        @ParameterizedTest
        @EnumSource(EventDomain.class)
        void hubPatternMatchesEveryNationalDomainTopicButNoDeadLetterTopic(EventDomain domain) {
            String topic = Topics.of("kth", domain);

            assertThat(Topics.ALL_DOMAIN_TOPICS.matcher(topic).matches()).isEqualTo(domain.national());
            assertThat(Topics.ALL_DOMAIN_TOPICS.matcher(Topics.deadLetterOf(topic)).matches()).isFalse();
            assertThat(Topics.ALL_DOMAIN_TOPICS.matcher(topic.replace(".v1", ".v2")).matches()).isFalse();
        }

        @ParameterizedTest
        @EnumSource(EventDomain.class)
        void asyncApiAddressIsTheTopicWithTheInstitutionAsParameter(EventDomain domain) {
            assertThat(Topics.addressTemplate(domain).replace("{institution}", "kth"))
                    .isEqualTo(Topics.of("kth", domain));
        }
    }

    /** Payloads carry pseudonymous ids and figures only. */
    @Nested
    class Privacy {

        private static final Pattern PERSONAL_OR_FREE_TEXT = Pattern.compile(
                "(?i).*(name|e-?mail|personnummer|personal.?number|ssn|phone|address|text|comment|motivation|note)"
                        + ".*");

        /** A programme's public title such as "PAUS 2025", which the dashboard breaks figures down by. */
        private static final Set<String> REVIEWED = Set.of("ProgrammeCreated.name");

        @Test
        void noEventComponentIsNamedLikePersonalDataOrFreeText() {
            List<String> suspicious = allSuspiciousComponents().stream()
                    .filter(component -> !REVIEWED.contains(component))
                    .toList();

            assertThat(suspicious).as("components named like personal data or free text").isEmpty();
        }

        @Test
        void guardFlagsComponentsOfNestedRecordsAndCollections() {
            record Contact(String email, String role) {
            }
            record Leaky(String applicantName, List<Contact> contacts, Map<String, String> motivationByQuestion,
                         int personnummer) {
            }

            assertThat(suspiciousComponents(Leaky.class)).containsExactlyInAnyOrder(
                    "Leaky.applicantName", "Contact.email", "Leaky.motivationByQuestion", "Leaky.personnummer");
        }

        private static List<String> allSuspiciousComponents() {
            return EventCatalog.all().stream()
                    .flatMap(type -> suspiciousComponents(type.recordClass()).stream())
                    .toList();
        }

        private static List<String> suspiciousComponents(Class<?> recordClass) {
            List<String> found = new ArrayList<>();
            collect(recordClass, found);
            return found;
        }

        private static void collect(Type type, List<String> found) {
            if (type instanceof ParameterizedType parameterized) {
                Arrays.stream(parameterized.getActualTypeArguments()).forEach(argument -> collect(argument, found));
            } else if (type instanceof Class<?> c && c.isRecord()) {
                for (RecordComponent component : c.getRecordComponents()) {
                    if (PERSONAL_OR_FREE_TEXT.matcher(component.getName()).matches()) {
                        found.add(c.getSimpleName() + "." + component.getName());
                    }
                    collect(component.getGenericType(), found);
                }
            }
        }

        @Test
        void everyReviewedExceptionStillExistsSoThatTheListDoesNotRot() {
            assertThat(allSuspiciousComponents()).containsAll(REVIEWED);
        }
    }
}
