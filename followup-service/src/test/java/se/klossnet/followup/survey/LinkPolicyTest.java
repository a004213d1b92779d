package se.klossnet.followup.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.klossnet.events.followup.RespondentRole;
import se.klossnet.platform.problem.ProblemException;

class LinkPolicyTest {

    private static final Instant ISSUED = Instant.parse("2026-05-01T08:00:00Z");

    private static SurveyDistribution openHostSurvey() {
        SurveyTemplate template = SurveyTemplate.version(null, 1, new TemplateDraft("host-end", RespondentRole.HOST_CONTACT,
                "T", "T", AnswerRulesTest.QUESTIONS), ISSUED);
        SurveyDistribution d = SurveyDistribution.sentNow("kth", "x1", SurveyRound.END_OF_EXCHANGE, template, ISSUED);
        d.issueLink(LinkTokens.hash("token"), ISSUED, ISSUED.plus(Duration.ofDays(30)));
        return d;
    }

    private static int statusOf(SurveyDistribution d, Instant at) {
        try {
            LinkPolicy.requireUsable(d, at);
            return 200;
        } catch (ProblemException e) {
            return e.status();
        }
    }

    @Test
    void aLinkWorksUntilItExpires() {
        SurveyDistribution d = openHostSurvey();
        assertThat(statusOf(d, ISSUED)).isEqualTo(200);
        assertThat(statusOf(d, ISSUED.plus(Duration.ofDays(30)).minusMillis(1))).isEqualTo(200);
        assertThat(statusOf(d, ISSUED.plus(Duration.ofDays(30)))).isEqualTo(410);
        assertThatThrownBy(() -> LinkPolicy.requireUsable(d, ISSUED.plus(Duration.ofDays(31))))
                .hasMessageContaining("expired");
    }

    @Test
    void aLinkWorksOnce() {
        SurveyDistribution d = openHostSurvey();
        d.answered(ISSUED.plusSeconds(60), true);
        assertThatThrownBy(() -> LinkPolicy.requireUsable(d, ISSUED.plusSeconds(61)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("already been answered");
        assertThat(statusOf(null, ISSUED)).isEqualTo(404);
    }

    @Test
    void tokensAreRandomAndOnlyTheirHashIsKept() {
        List<String> tokens = java.util.stream.IntStream.range(0, 100).mapToObj(i -> LinkTokens.newToken()).toList();
        assertThat(tokens).doesNotHaveDuplicates().allSatisfy(t -> assertThat(t).hasSize(43).matches("[A-Za-z0-9_-]+"));
        assertThat(LinkTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
