package se.klossnet.demo.run;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.klossnet.events.exchange.CancellationReason;
import se.klossnet.events.Direction;
import se.klossnet.events.FundingSource;
import se.klossnet.events.HostSector;
import se.klossnet.events.followup.OutcomeSide;
import se.klossnet.events.followup.OutcomeType;

/** The request bodies the demo sends, as the services' OpenAPI describes them. */
final class Bodies {

    private Bodies() {
    }

    // call-service

    record NewProgramme(String name, Direction direction, FundingSource fundingSource, List<String> themes,
                        long budgetSek) {
    }

    record Text(String sv, String en) {
    }

    record NewCall(String programmeId, Text title, Text description, Instant opensAt, Instant closesAt,
                   long budgetSek, long maxGrantSek, int minExtentPercent, int maxExtentPercent, int minMonths,
                   int maxMonths, List<String> eligibleStaffCategories, int reviewersPerApplication,
                   boolean endorsementRequired) {
    }

    record Host(String name, String organisationNumber, String foreignId, HostSector sector, String country,
                String region) {
    }

    record Budget(long salarySek, long travelSek, long otherSek) {
    }

    record Answer(String text, List<String> topics) {
    }

    record DisseminationPlan(Answer expectedResult, Answer learningNeeds, Answer users, Answer activities,
                             Answer resources, Answer sustainability) {
    }

    record Partner(String name, String type, String country, String organisationNumber, HostSector sector) {
    }

    record Alliance(int durationMonths, List<Partner> partners) {
    }

    record NewApplication(String staffCategory, Host host, LocalDate plannedStart, LocalDate plannedEnd,
                          int extentPercent, Budget budget, String purpose, String mutualValue,
                          String studentInvolvement, DisseminationPlan disseminationPlan, Alliance alliance) {
    }

    record Endorsement(String verdict, String comment) {
    }

    record Assignment(List<String> reviewers) {
    }

    record Declaration(String conflict, String reason) {
    }

    record Score(String criterion, int score, String comment) {
    }

    record Scores(List<Score> scores, long version) {
    }

    record Decision(String outcome, Long grantedSek, String motivation) {
    }

    // exchange-service

    record AgreementTerms(String participantAccount, String participantName, String hostContactName,
                          String hostContactEmail, String confidentiality, String intellectualProperty,
                          String insurance, String costSharing, long version) {
    }

    record AccountSignature(String party, int agreementVersion, String documentSha256) {
    }

    record LinkRequest(String party) {
    }

    record LinkSignature(String documentSha256, String signerName) {
    }

    record Version(long version) {
    }

    record Cancellation(CancellationReason reason, long version) {
    }

    record BudgetPlan(BigDecimal monthlySalaryCostSek, BigDecimal plannedTravelSek,
                      BigDecimal plannedHostCompensationSek, BigDecimal plannedOtherSek, long version) {
    }

    record Cost(String type, BigDecimal amountSek, LocalDate bookedOn, String externalRef) {
    }

    // followup-service

    record ParticipantLink(String username, Long version) {
    }

    record AnswerSheet(Map<String, Object> answers) {
    }

    record Outcome(OutcomeType type, OutcomeSide side, LocalDate occurredOn, String description, String evidenceUrl) {
    }

    record Activity(String type, String audience, LocalDate heldOn, String description) {
    }

    record FocusGroup(String programmeId, LocalDate heldOn, String facilitator, List<String> participantExchangeIds,
                      int otherParticipantCount, List<String> themes, String notes) {
    }
}
