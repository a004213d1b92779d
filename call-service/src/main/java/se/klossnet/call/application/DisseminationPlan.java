package se.klossnet.call.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * The dissemination plan: an answer to each of the six control questions (seed 004).
 *
 * @param expectedResult the expected end result
 * @param learningNeeds  which learning needs it answers
 * @param users          who the users and final recipients are
 * @param activities     which activities will spread the results and secure their use
 * @param resources      the time plan, funds and resources
 * @param sustainability how the work lives on without the grant
 */
public record DisseminationPlan(
        @NotNull @Valid PlanAnswer expectedResult,
        @NotNull @Valid PlanAnswer learningNeeds,
        @NotNull @Valid PlanAnswer users,
        @NotNull @Valid PlanAnswer activities,
        @NotNull @Valid PlanAnswer resources,
        @NotNull @Valid PlanAnswer sustainability) {

    /** The topics as {@code question:topic} codes, e.g. {@code result:course-module}: what the grant event carries. */
    public List<String> topicCodes() {
        List<String> codes = new ArrayList<>();
        add(codes, "result", expectedResult);
        add(codes, "learning-needs", learningNeeds);
        add(codes, "users", users);
        add(codes, "activity", activities);
        add(codes, "resources", resources);
        add(codes, "sustainability", sustainability);
        return codes.stream().distinct().toList();
    }

    private static void add(List<String> codes, String question, PlanAnswer answer) {
        answer.topicsOrEmpty().forEach(topic -> codes.add(question + ":" + topic));
    }
}
