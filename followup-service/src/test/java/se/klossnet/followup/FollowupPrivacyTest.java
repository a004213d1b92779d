package se.klossnet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TopicProbe;

/** No free text, name, e-mail address or link token leaves the service: the whole followup topic is read back. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class FollowupPrivacyTest {

    @Test
    void noEventOnTheFollowupTopicsCarriesFreeTextNamesOrEmails() {
        Scenario scenario = Scenario.run("kth");
        Set<String> expectedTypes = Set.of("se.klossnet.followup.LogbookEntryAdded", "se.klossnet.followup.SurveyResponded",
                "se.klossnet.followup.FocusGroupHeld", "se.klossnet.followup.OutcomeReported",
                "se.klossnet.followup.DisseminationReported");

        try (TopicProbe probe = new TopicProbe(RealInfrastructure.kafka().bootstrapServers(),
                Pattern.compile("kloss\\.(kth|mau)\\.followup\\.v1"))) {
            // the scenario's own events: 1 logbook + 1 dissemination + 2 survey responses on the exchange's key,
            // one outcome and one focus group on theirs
            assertThat(probe.awaitRecords(4, Duration.ofSeconds(30), r -> scenario.exchange.id().equals(r.key()))).hasSize(4);
            assertThat(probe.awaitRecords(1, Duration.ofSeconds(30), r -> scenario.outcomeId.equals(r.key()))).hasSize(1);
            assertThat(probe.awaitRecords(1, Duration.ofSeconds(30), r -> scenario.focusGroupId.equals(r.key()))).hasSize(1);
            List<ConsumerRecord<String, byte[]>> all = probe.drain(Duration.ofSeconds(1), r -> true);

            Set<String> types = new HashSet<>();
            for (ConsumerRecord<String, byte[]> record : all) {
                EventEnvelope<?> envelope = CloudEventsKafkaMapping.fromRecord(record); // every record is a valid event
                types.add(envelope.type());
                String payload = new String(record.value(), StandardCharsets.UTF_8);
                StringBuilder headers = new StringBuilder();
                for (Header header : record.headers()) {
                    headers.append(new String(header.value(), StandardCharsets.UTF_8)).append('\n');
                }
                for (String secret : scenario.secrets) {
                    assertThat(payload).as("payload of %s", envelope.type()).doesNotContainIgnoringCase(secret);
                    assertThat(headers.toString()).as("headers of %s", envelope.type()).doesNotContainIgnoringCase(secret);
                    assertThat(record.key()).doesNotContainIgnoringCase(secret);
                }
                assertThat(payload).doesNotContainIgnoringCase("Hemlig").doesNotContainIgnoringCase("secret")
                        .doesNotContain("@").doesNotContain(scenario.participantUsername);
            }
            assertThat(types).containsAll(expectedTypes);
        }
    }
}
